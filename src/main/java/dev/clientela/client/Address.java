package dev.clientela.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Where a client is. Every part is optional; {@code ubigeo} is Peru's six-digit district code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
        String line,
        String street,
        String doorNumber,
        String apartment,
        String corner,
        String district,
        String city,
        String province,
        String department,
        String postalCode,
        String country,
        String ubigeo,
        BigDecimal latitude,
        BigDecimal longitude) {

    /** No address at all, for reading an absent one member by member. */
    public static final Address NONE =
            new Address(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    boolean isEmpty() {
        return line == null
                && street == null
                && doorNumber == null
                && apartment == null
                && corner == null
                && district == null
                && city == null
                && province == null
                && department == null
                && postalCode == null
                && country == null
                && ubigeo == null
                && latitude == null
                && longitude == null;
    }
}
