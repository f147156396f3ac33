package dev.clientela.web;

import java.util.Locale;

/** The stable error vocabulary of the API: each code has one HTTP status and one title. */
public enum ErrorCode {
    BAD_REQUEST(400, "The request could not be read"),
    UNAUTHORIZED(401, "A valid API key is required"),
    FORBIDDEN(403, "This API key's role does not allow this"),
    NOT_FOUND(404, "Not found"),
    CLIENT_MERGED(404, "The client was merged into another"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "Conflict"),
    DUPLICATE_DOCUMENT(409, "Another client already has this identity document"),
    DUPLICATE_EXTERNAL_CODE(409, "Another client already has this external code"),
    DUPLICATE_EMAIL(409, "Another user of this tenant already has this email"),
    CLIENT_HAS_RECORDS(409, "The client has records that point to it"),
    MERGE_CONFLICT(409, "The clients cannot be merged as they are"),
    UNDO_REFUSED(409, "The merge cannot be undone as things stand"),
    OPEN_PLAN_EXISTS(409, "The client already has an open payment plan"),
    CREDIT_LIMIT_EXCEEDED(409, "The amount financed exceeds the client's credit limit"),
    PLAN_SETTLED(409, "The payment plan is already paid"),
    OPEN_INTEREST(409, "Open installments carry interest, so the plan cannot be rescheduled"),
    DUPLICATE_INVOICE_NUMBER(409, "An invoice with this series and number exists"),
    IDEMPOTENCY_IN_PROGRESS(409, "A request with this idempotency key is still running"),
    PRECONDITION_FAILED(412, "The record has changed since the version given in If-Match"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    URI_TOO_LONG(414, "The request line is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    VALIDATION_ERROR(422, "The request has invalid values"),
    IDEMPOTENCY_KEY_REUSED(422, "This idempotency key was used with a different request"),
    RATE_LIMITED(429, "Too many requests"),
    REQUEST_HEADERS_TOO_LARGE(431, "The request headers are too large"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "The service is temporarily unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    String typeUri() {
        return "https://clientela.dev/problems/"
                + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION_ERROR;
            case 429 -> RATE_LIMITED;
            case 431 -> REQUEST_HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
