package dev.clientela.compat.oficina;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;

/** A refusal this profile words itself, in the Spanish its users read. */
class OficinaProblem extends ApiProblem {

    OficinaProblem(ErrorCode code, String message) {
        super(code, message);
    }

    static OficinaProblem customerNotFound() {
        return new OficinaProblem(ErrorCode.NOT_FOUND, "Cliente no encontrado");
    }
}
