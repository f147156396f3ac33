package dev.clientela.compat.facturacion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The e-invoicing system's answers: {@code {success, message, data}}, and pages with their {@code meta}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Envelope(boolean success, String message, SunatClient data) {

    static Envelope of(String message, SunatClient data) {
        return new Envelope(true, message, data);
    }

    static Envelope of(SunatClient data) {
        return new Envelope(true, null, data);
    }

    static Envelope of(String message) {
        return new Envelope(true, message, null);
    }

    /** One page of 20, numbered from 1. */
    record Listing(boolean success, List<SunatClient> data, Meta meta) {}

    record Meta(long total, int perPage, long currentPage, long lastPage) {}
}
