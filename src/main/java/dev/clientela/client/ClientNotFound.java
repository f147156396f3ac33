package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;

/** No live client of this tenant has the id or number asked for. */
public final class ClientNotFound extends ApiProblem {

    public ClientNotFound() {
        super(ErrorCode.NOT_FOUND, "The client was not found");
    }
}
