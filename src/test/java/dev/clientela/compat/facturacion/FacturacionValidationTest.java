package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every validation rule of the e-invoicing system's client, answered as its framework's Spanish locale says it. */
class FacturacionValidationTest extends FacturacionTest {

    private String admin;

    @BeforeEach
    void company() {
        admin = openCompany("Validaciones");
    }

    private Response create(String fields) {
        return api.as(admin).post(CLIENTS, """
                {"tipo_documento": "1", "numero_documento": "45678912", "razon_social": "Juan Pérez", %s}""".formatted(fields));
    }

    @Test
    void theThreeRequiredFieldsAreReportedTogether() {
        Response refused = api.as(admin).post(CLIENTS, "{}");
        assertRefused(refused, 422, "Errores de validación");
        assertThat(refused.body().get("errors").size()).isEqualTo(3);
        assertInvalid(refused, "tipo_documento", "El campo tipo documento es obligatorio.");
        assertInvalid(refused, "numero_documento", "El campo numero documento es obligatorio.");
        assertInvalid(refused, "razon_social", "El campo razon social es obligatorio.");
    }

    @Test
    void aBlankRazonSocialIsMissing() {
        Response refused = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "1", "numero_documento": "45678912", "razon_social": "   "}""");
        assertInvalid(refused, "razon_social", "El campo razon social es obligatorio.");
    }

    @Test
    void tipoDocumentoMustBeOneOfTheFiveSunatCodes() {
        Response refused = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "2", "numero_documento": "45678912", "razon_social": "Juan Pérez"}""");
        assertInvalid(refused, "tipo_documento", "El campo tipo documento no está en la lista de valores permitidos.");
    }

    @Test
    void numeroDocumentoIsAtMost20Characters() {
        Response refused = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "7", "numero_documento": "%s", "razon_social": "Juan Pérez"}""".formatted("A".repeat(21)));
        assertInvalid(refused, "numero_documento", "El campo numero documento no debe ser mayor que 20 caracteres.");
    }

    @Test
    void razonSocialIsAtMost255Characters() {
        Response refused = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "1", "numero_documento": "45678912", "razon_social": "%s"}""".formatted("N".repeat(256)));
        assertInvalid(refused, "razon_social", "El campo razon social no debe ser mayor que 255 caracteres.");
    }

    @Test
    void nombreComercialAndDireccionAreAtMost255Characters() {
        Response refused = create(
                "\"nombre_comercial\": \"%s\", \"direccion\": \"%s\"".formatted("C".repeat(256), "D".repeat(256)));
        assertInvalid(refused, "nombre_comercial", "El campo nombre comercial no debe ser mayor que 255 caracteres.");
        assertInvalid(refused, "direccion", "El campo direccion no debe ser mayor que 255 caracteres.");
    }

    @Test
    void distritoProvinciaAndDepartamentoAreAtMost100Characters() {
        String tooLong = "L".repeat(101);
        Response refused = create(
                "\"distrito\": \"%1$s\", \"provincia\": \"%1$s\", \"departamento\": \"%1$s\"".formatted(tooLong));
        assertInvalid(refused, "distrito", "El campo distrito no debe ser mayor que 100 caracteres.");
        assertInvalid(refused, "provincia", "El campo provincia no debe ser mayor que 100 caracteres.");
        assertInvalid(refused, "departamento", "El campo departamento no debe ser mayor que 100 caracteres.");
    }

    @Test
    void telefonoIsAtMost20Characters() {
        assertInvalid(
                create("\"telefono\": \"%s\"".formatted("9".repeat(21))),
                "telefono",
                "El campo telefono no debe ser mayor que 20 caracteres.");
    }

    @Test
    void ubigeoHasExactlySixCharacters() {
        assertInvalid(create("\"ubigeo\": \"15010\""), "ubigeo", "El campo ubigeo debe tener 6 caracteres.");
    }

    @Test
    void ubigeoIsSixDigits() {
        assertInvalid(create("\"ubigeo\": \"15O1O1\""), "ubigeo", "El campo ubigeo debe tener 6 dígitos.");
    }

    @Test
    void ubigeoNamesARealDepartment() {
        assertInvalid(create("\"ubigeo\": \"990101\""), "ubigeo", "El formato del campo ubigeo no es válido.");
    }

    @Test
    void emailMustBeAValidAddress() {
        assertInvalid(
                create("\"email\": \"ventas-en-demo.pe\""),
                "email",
                "El campo email debe ser una dirección de correo válida.");
    }

    @Test
    void emailIsAtMost255Characters() {
        assertInvalid(
                create("\"email\": \"%s@demo.pe\"".formatted("a".repeat(250))),
                "email",
                "El campo email no debe ser mayor que 255 caracteres.");
    }

    @Test
    void anEmailLongerThanAnAddressCanBeIsNotValid() {
        String email = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".peruana";
        assertThat(email).hasSize(255);
        assertInvalid(
                create("\"email\": \"%s\"".formatted(email)),
                "email",
                "El campo email debe ser una dirección de correo válida.");
    }

    @Test
    void activoIsABoolean() {
        assertInvalid(create("\"activo\": \"si\""), "activo", "El campo activo debe tener un valor verdadero o falso.");
    }

    @Test
    void activoAcceptsOneAndZero() {
        Response created = create("\"activo\": 0");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/data/activo").booleanValue()).isFalse();
    }

    @Test
    void companyIdIsAWholeNumber() {
        assertInvalid(
                create("\"company_id\": \"primera\""), "company_id", "El campo company id debe ser un número entero.");
    }

    @Test
    void textFieldsAreStrings() {
        assertInvalid(
                create("\"telefono\": 987654321"), "telefono", "El campo telefono debe ser una cadena de caracteres.");
    }

    @Test
    void membersTheSystemDoesNotKnowAreIgnored() {
        assertThat(create("\"vendedor\": \"Ana\"").status()).isEqualTo(201);
    }
}
