package dev.clientela.compat.inventario;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;

/** A refusal with the exact message the inventory app gave for it. */
final class InventarioRefusal extends ApiProblem {

    InventarioRefusal(ErrorCode code, String message) {
        super(code, message);
    }

    static InventarioRefusal clienteNotFound() {
        return new InventarioRefusal(ErrorCode.NOT_FOUND, "Cliente no encontrado");
    }

    static InventarioRefusal documentoInUse() {
        return new InventarioRefusal(ErrorCode.DUPLICATE_DOCUMENT, "El documento ya está en uso");
    }
}
