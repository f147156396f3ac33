package dev.clientela.web;

import java.util.regex.Pattern;

/** Record versions in HTTP: {@code ETag: "<version>"}, and the version an {@code If-Match} asks for. */
public final class Versions {

    // RFC 9110: "*" or a list of entity tags, [W/]"etagc*"; anything else is not an ETag at all
    private static final String TAG = "(W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"";
    private static final Pattern TAGS = Pattern.compile("[ \t]*(\\*|" + TAG + "([ \t]*,[ \t]*" + TAG + ")*)[ \t]*");

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header; null when there is none; 412 when it names no version. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = checked("If-Match", header).strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiProblem(ErrorCode.PRECONDITION_FAILED, "If-Match must carry an ETag this service gave out");
        }
    }

    /** Whether an If-None-Match header already names this version. */
    public static boolean matchesNoneMatch(String header, long version) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String etag = etag(version);
        checked("If-None-Match", header);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String checked(String name, String header) {
        if (!TAGS.matcher(header).matches()) {
            throw new MalformedRequest(name + " must be * or entity tags such as \"3\"");
        }
        return header;
    }
}
