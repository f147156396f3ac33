package dev.clientela.compat.inventario;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;

/** The refusals the inventory app worded itself, with its exact messages. */
final class InventarioRefusal {

    private InventarioRefusal() {}

    static Refusal clienteNotFound() {
        return new Refusal(ErrorCode.NOT_FOUND, "Cliente no encontrado");
    }

    static Refusal documentoInUse() {
        return new Refusal(ErrorCode.DUPLICATE_DOCUMENT, "El documento ya está en uso");
    }
}
