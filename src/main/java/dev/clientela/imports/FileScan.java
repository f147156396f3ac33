package dev.clientela.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What can be told of a file while it streams in, before any row is read: its size and digest, whether
 * it is text (no NUL byte) and valid UTF-8, how many records it has (line ends outside quotes, blank lines
 * not counted), whether its last line ends inside a quoted value, and its first bytes, for the header.
 */
final class FileScan {

    static final int HEAD_BYTES = 64 * 1024;

    private final MessageDigest digest;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer sink = CharBuffer.allocate(8192);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private final byte[] head = new byte[HEAD_BYTES];
    private int headLength;
    private long bytes;
    private long records;
    private boolean quoted;
    private boolean recordHasText;
    private boolean binary;
    private boolean validUtf8 = true;
    /** In a CSV a quoted value may hold line ends; in NDJSON a quote is inside a JSON string. */
    private final boolean quotesHoldLines;

    FileScan() {
        this(true);
    }

    FileScan(boolean quotesHoldLines) {
        this.quotesHoldLines = quotesHoldLines;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(byte[] buffer, int length) {
        digest.update(buffer, 0, length);
        int copy = Math.min(length, HEAD_BYTES - headLength);
        System.arraycopy(buffer, 0, head, headLength, copy);
        headLength += copy;
        bytes += length;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b == 0) {
                binary = true;
            } else if (b == '"' && quotesHoldLines) {
                quoted = !quoted;
                recordHasText = true;
            } else if (b == '\n' && !quoted) {
                records += recordHasText ? 1 : 0;
                recordHasText = false;
            } else if (b != '\r' && b != ' ' && b != '\t') {
                recordHasText = true;
            }
        }
        if (validUtf8) {
            checkUtf8(buffer, length);
        }
    }

    private void checkUtf8(byte[] buffer, int length) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(buffer, 0, length).flip();
        while (true) {
            sink.clear();
            CoderResult result = utf8.decode(in, sink, false);
            if (result.isError()) {
                validUtf8 = false;
                return;
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        pending = in.slice();
    }

    long bytes() {
        return bytes;
    }

    /** Non-blank records, the header's included. */
    long records() {
        return records + (recordHasText ? 1 : 0);
    }

    boolean binary() {
        return binary;
    }

    boolean validUtf8() {
        return validUtf8 && !pending.hasRemaining();
    }

    boolean endsInsideQuotes() {
        return quoted;
    }

    byte[] head() {
        return java.util.Arrays.copyOf(head, headLength);
    }

    byte[] sha256() {
        return digest.digest();
    }
}
