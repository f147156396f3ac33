package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import org.junit.jupiter.api.Test;

/**
 * Document numbers through the e-invoicing profile follow the tenant's document validation: a wrong
 * number is refused in the seed's shape under STRICT and kept as typed under WARN, as the seed kept
 * anything; long numbers, which crashed the seed, never fail the server.
 */
class FacturacionDocumentCheckTest extends FacturacionTest {

    @Test
    void theSeedsExampleRucFailsItsCheckDigitUnderStrictValidation() {
        String admin = openCompany("Validación Estricta");
        assertInvalid(
                register(admin, "6", "20123456789", "EMPRESA DEMO S.A.C."),
                "numero_documento",
                "El dígito verificador del campo numero documento no es válido.");
    }

    @Test
    void theSeedsExampleRucIsKeptUnderWarnValidation() {
        String admin = openCompany("Validación con Avisos");
        validateDocumentsWithWarnings(admin);
        Response created = register(admin, "6", "20123456789", "EMPRESA DEMO S.A.C.");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/data/numero_documento").stringValue()).isEqualTo("20123456789");
    }

    @Test
    void aNumberOf16To20CharactersIsRefusedUnderStrictValidation() {
        String admin = openCompany("Números Largos Estricto");
        assertInvalid(
                register(admin, "6", "12345678901234567890", "EMPRESA LARGA"),
                "numero_documento",
                "El campo numero documento no tiene la longitud de ese tipo de documento.");
        assertInvalid(
                register(admin, "1", "1234567890123456", "Juan Pérez"),
                "numero_documento",
                "El campo numero documento no tiene la longitud de ese tipo de documento.");
    }

    @Test
    void aNumberOf16To20CharactersIsStoredUnderWarnValidation() {
        String admin = openCompany("Números Largos con Avisos");
        validateDocumentsWithWarnings(admin);
        for (String number : new String[] {"1234567890123456", "12345678901234567890"}) {
            Response created = register(admin, "0", number, "Exportadora " + number.length());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.body().at("/data/numero_documento").stringValue())
                    .isEqualTo(number);
        }
        Response ruc = register(admin, "6", "12345678901234567890", "EMPRESA LARGA");
        assertThat(ruc.status()).isEqualTo(201);
    }
}
