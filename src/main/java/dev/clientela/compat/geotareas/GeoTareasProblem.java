package dev.clientela.compat.geotareas;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.ErrorCode;

/** A refusal this profile words itself, as GeoTareas' documentation describes it. */
class GeoTareasProblem extends ApiProblem {

    GeoTareasProblem(ErrorCode code, String message) {
        super(code, message);
    }

    static GeoTareasProblem missingTenantHeader() {
        return new GeoTareasProblem(ErrorCode.BAD_REQUEST, "Missing required headers: tenant");
    }

    static GeoTareasProblem otherTenant() {
        return new GeoTareasProblem(ErrorCode.FORBIDDEN, "The API key does not belong to this tenant");
    }

    static GeoTareasProblem clientNotFound() {
        return new GeoTareasProblem(ErrorCode.NOT_FOUND, "Resource not found");
    }
}
