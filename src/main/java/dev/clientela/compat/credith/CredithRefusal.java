package dev.clientela.compat.credith;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;

/** The refusals Credith worded itself, with its exact messages. */
final class CredithRefusal {

    private CredithRefusal() {}

    static Refusal emptyName() {
        return new Refusal(ErrorCode.VALIDATION_ERROR, "El nombre del cliente no puede estar vacio");
    }

    static Refusal dniMissing() {
        return new Refusal(ErrorCode.BAD_REQUEST, "Por favor especifique el DNI");
    }

    static Refusal planNotFound(String planId) {
        return new Refusal(ErrorCode.NOT_FOUND, "No se ha encontrado plan de pago con id: " + planId);
    }

    static Refusal planCovered() {
        return new Refusal(ErrorCode.VALIDATION_ERROR, "El plan de pago ya ha sido cubierto!");
    }

    static Refusal noActiveDebt(String dni) {
        return new Refusal(ErrorCode.NOT_FOUND, "No se ha encontrado deuda activa para el cliente [DNI: " + dni + "]");
    }
}
