package dev.clientela.tenant;

import java.math.BigDecimal;

/**
 * A tenant's preferences. {@code taxRate} (for example 0.18) is the default sales tax of its bills;
 * null means the usual rate of the tenant's country.
 */
public record TenantSettings(DocumentValidation documentValidation, BigDecimal taxRate, DuplicateCheck duplicateCheck) {

    public static final TenantSettings DEFAULT =
            new TenantSettings(DocumentValidation.STRICT, null, DuplicateCheck.WARN);

    public TenantSettings {
        documentValidation = documentValidation == null ? DocumentValidation.STRICT : documentValidation;
        duplicateCheck = duplicateCheck == null ? DuplicateCheck.WARN : duplicateCheck;
    }
}
