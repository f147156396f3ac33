package dev.clientela.compat.credith;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bills through the canonical {@code POST /api/v1/bills}, included in this request (same caller,
 * same rules), because the credit feature offers its billing use case to other features only over
 * HTTP. Its answer is kept here, not sent: the caller translates it.
 */
@Component
class CanonicalBilling {

    static final String PATH = "/api/v1/bills";

    private final JsonMapper json;

    CanonicalBilling(JsonMapper json) {
        this.json = json;
    }

    /**
     * The canonical answer: 201 and the bill, or a refusal already in Credith's words (the
     * canonical error handling speaks the dialect of the path this request came in on).
     */
    Answer bill(HttpServletRequest request, HttpServletResponse response, JsonNode canonicalBody)
            throws ServletException, IOException {
        Captured answer = new Captured(response);
        request.getRequestDispatcher(PATH)
                .include(new JsonRequest(request, json.writeValueAsBytes(canonicalBody)), answer);
        JsonNode body = answer.body.size() == 0 ? json.nullNode() : json.readTree(answer.body.toByteArray());
        return new Answer(answer.status, body);
    }

    record Answer(int status, JsonNode body) {

        boolean billed() {
            return status == HttpServletResponse.SC_CREATED;
        }
    }

    /** The canonical body, in place of the Credith one. */
    private static final class JsonRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        JsonRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getContentType() {
            return "application/json";
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    /** Keeps the canonical answer's status and body to itself; headers are not passed on. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = SC_OK;
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setHeader(String name, String value) {}

        @Override
        public void addHeader(String name, String value) {}

        @Override
        public void setContentType(String type) {}

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            status = SC_OK;
        }

        @Override
        public void flushBuffer() {}

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), true);
            }
            return writer;
        }
    }
}
