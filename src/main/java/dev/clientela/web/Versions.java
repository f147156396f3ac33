package dev.clientela.web;

/** Record versions in HTTP: {@code ETag: "<version>"}, and the version an {@code If-Match} asks for. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in an If-Match header; null when there is none; 412 when it names no version. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
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
        if (header == null) {
            return false;
        }
        String etag = etag(version);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
