package dev.clientela.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a listing starts, handed to the caller as an opaque string: the sort it
 * belongs to and either the last row's sort key and id, or an offset.
 */
public record PageCursor(String sort, String key, String id, long offset) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String text =
                sort + SEPARATOR + (key == null ? "" : key) + SEPARATOR + (id == null ? "" : id) + SEPARATOR + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null when {@code text} is not one. */
    public static PageCursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = decoded.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 4) {
                return null;
            }
            long offset = Long.parseLong(parts[3]);
            return offset < 0
                    ? null
                    : new PageCursor(
                            parts[0],
                            parts[1].isEmpty() ? null : parts[1],
                            parts[2].isEmpty() ? null : parts[2],
                            offset);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
