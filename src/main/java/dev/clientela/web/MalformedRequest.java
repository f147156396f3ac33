package dev.clientela.web;

/**
 * A request that cannot be read as HTTP the service understands: an invalid percent-escape or
 * UTF-8 sequence in its path or query, a parameter given twice, a malformed header, a transfer
 * coding the server does not speak. Profiles word it apart from a body that is not JSON.
 */
public final class MalformedRequest extends ApiProblem {

    public MalformedRequest(String detail) {
        super(ErrorCode.BAD_REQUEST, detail);
    }
}
