package dev.clientela.compat.oficina;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;

/** The refusals this profile words itself, in the Spanish its users read. */
final class OficinaProblem {

    private OficinaProblem() {}

    static Refusal customerNotFound() {
        return new Refusal(ErrorCode.NOT_FOUND, "Cliente no encontrado");
    }
}
