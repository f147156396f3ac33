package dev.clientela.compat.geotareas;

import dev.clientela.compat.Refusal;
import dev.clientela.web.ErrorCode;

/** The refusals this profile words itself, as GeoTareas' documentation describes them. */
final class GeoTareasProblem {

    private GeoTareasProblem() {}

    static Refusal missingTenantHeader() {
        return new Refusal(ErrorCode.BAD_REQUEST, "Missing required headers: tenant");
    }

    static Refusal otherTenant() {
        return new Refusal(ErrorCode.FORBIDDEN, "The API key does not belong to this tenant");
    }

    static Refusal clientNotFound() {
        return new Refusal(ErrorCode.NOT_FOUND, "Resource not found");
    }
}
