package dev.clientela.compat.credith;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;

/** A refusal with the exact message Credith gave for it. */
final class CredithRefusal extends ApiProblem {

    CredithRefusal(ErrorCode code, String message) {
        super(code, message);
    }

    static CredithRefusal clientNotFound() {
        return new CredithRefusal(ErrorCode.NOT_FOUND, "Cliente no encontrado");
    }

    static CredithRefusal emptyName() {
        return new CredithRefusal(ErrorCode.VALIDATION_ERROR, "El nombre del cliente no puede estar vacio");
    }

    static CredithRefusal dniMissing() {
        return new CredithRefusal(ErrorCode.BAD_REQUEST, "Por favor especifique el DNI");
    }

    static CredithRefusal planNotFound(String planId) {
        return new CredithRefusal(ErrorCode.NOT_FOUND, "No se ha encontrado plan de pago con id: " + planId);
    }

    static CredithRefusal planCovered() {
        return new CredithRefusal(ErrorCode.VALIDATION_ERROR, "El plan de pago ya ha sido cubierto!");
    }

    static CredithRefusal noActiveDebt(String dni) {
        return new CredithRefusal(
                ErrorCode.NOT_FOUND, "No se ha encontrado deuda activa para el cliente [DNI: " + dni + "]");
    }
}
