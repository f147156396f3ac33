package dev.clientela.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests byte for byte over a plain socket, for the requests an HTTP client would refuse
 * to build or would quietly repair: invalid escapes, raw bytes, control characters, broken chunks.
 * One request per connection; the answer is read to its declared end or to the connection's close.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** A request of {@code lines} (CRLF added after each, and an empty line) with no body. */
    public Answer send(String... lines) {
        StringBuilder head = new StringBuilder();
        for (String line : lines) {
            head.append(line).append("\r\n");
        }
        head.append("\r\n");
        return send(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public Answer send(byte[] request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException closedEarly) {
                // the server may answer and close before reading everything sent; read what it said
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException("No complete answer within " + TIMEOUT_MILLIS + " ms", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
                Answer complete = Answer.parse(all.toByteArray(), false);
                if (complete != null) {
                    return complete;
                }
            }
        } catch (SocketException reset) {
            // a reset after the answer was sent still leaves the answer
        }
        byte[] bytes = all.toByteArray();
        Answer answer = Answer.parse(bytes, true);
        if (answer != null) {
            return answer;
        }
        return Answer.closed(bytes);
    }

    /**
     * A response as read from the wire: {@code status} is 0 when the server closed the connection
     * without a complete status line and headers.
     */
    public record Answer(int status, Map<String, String> headers, String body, String raw) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Answer closed(byte[] bytes) {
            return new Answer(0, Map.of(), "", new String(bytes, StandardCharsets.UTF_8));
        }

        /**
         * The answer once {@code bytes} hold all of it, else null; once the connection has
         * {@code closed}, whatever body arrived (none, for a HEAD) is all of it.
         */
        static Answer parse(byte[] bytes, boolean closed) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return null;
            }
            String[] lines = text.substring(0, end).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
                return new Answer(0, Map.of(), "", text);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(),
                            (a, b) -> a + ", " + b);
                }
            }
            int status = Integer.parseInt(statusLine[1]);
            if (status >= 100 && status < 200 && status != 101) {
                // an interim answer (100 Continue): the final one follows, unless the connection
                // closed first, as it does when the client sent less body than it declared
                byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
                if (rest.length == 0) {
                    return closed ? Answer.closed(rest) : null;
                }
                return parse(rest, closed);
            }
            byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            byte[] body;
            String length = headers.get("content-length");
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunked(rest);
            } else if (length != null) {
                int expected = Integer.parseInt(length);
                body = rest.length < expected ? null : java.util.Arrays.copyOf(rest, expected);
            } else if (status == 204 || status == 304 || status == 101) {
                body = new byte[0];
            } else {
                body = null; // delimited by the connection's close
            }
            if (body == null) {
                if (!closed) {
                    return null;
                }
                body = rest;
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), text);
        }

        private static byte[] dechunked(byte[] rest) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = indexOf(rest, at);
                if (lineEnd < 0) {
                    return null;
                }
                String size = new String(rest, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                at = lineEnd + 2;
                if (length == 0) {
                    return body.toByteArray();
                }
                if (rest.length < at + length + 2) {
                    return null;
                }
                body.write(rest, at, length);
                at += length + 2;
            }
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            if (status == 0) {
                return "no status line; received " + raw.length() + " characters: " + raw;
            }
            return status + " " + headers + " " + body;
        }
    }
}
