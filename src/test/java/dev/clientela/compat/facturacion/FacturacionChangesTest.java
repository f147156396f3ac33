package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Updating, deactivating and activating clients through the e-invoicing profile. */
class FacturacionChangesTest extends FacturacionTest {

    private long aCompanyClient(String admin) {
        Response created = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "6", "numero_documento": "%s", "razon_social": "EMPRESA DEMO S.A.C.",
                 "nombre_comercial": "Empresa Demo", "direccion": "Av. Los Comerciantes 123", "ubigeo": "150101",
                 "telefono": "01-2345678", "email": "ventas@demo.pe"}""".formatted(VALID_RUC));
        assertThat(created.status()).isEqualTo(201);
        return created.body().at("/data/id").longValue();
    }

    @Test
    void updateAnswersTheClientWithItsMessage() {
        String admin = openCompany("Actualizaciones");
        long id = aCompanyClient(admin);

        Response updated = api.as(admin).put(CLIENTS + "/" + id, """
                {"razon_social": "EMPRESA DEMO ACTUALIZADA S.A.C.", "direccion": "Av. Principal 456"}""");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("success").booleanValue()).isTrue();
        assertThat(updated.body().get("message").stringValue()).isEqualTo("Cliente actualizado exitosamente");
        assertThat(updated.body().at("/data/razon_social").stringValue()).isEqualTo("EMPRESA DEMO ACTUALIZADA S.A.C.");
        assertThat(updated.body().at("/data/direccion").stringValue()).isEqualTo("Av. Principal 456");
        assertThat(canonical(admin, id).get("name").stringValue()).isEqualTo("EMPRESA DEMO ACTUALIZADA S.A.C.");
    }

    @Test
    void updateKeepsEveryFieldItDoesNotName() {
        String admin = openCompany("Actualización Parcial");
        long id = aCompanyClient(admin);

        JsonNode data = api.as(admin)
                .put(CLIENTS + "/" + id, "{\"telefono\": \"987654321\"}")
                .body()
                .get("data");

        assertThat(data.get("telefono").stringValue()).isEqualTo("987654321");
        assertThat(data.get("tipo_documento").stringValue()).isEqualTo("6");
        assertThat(data.get("numero_documento").stringValue()).isEqualTo(VALID_RUC);
        assertThat(data.get("razon_social").stringValue()).isEqualTo("EMPRESA DEMO S.A.C.");
        assertThat(data.get("nombre_comercial").stringValue()).isEqualTo("Empresa Demo");
        assertThat(data.get("direccion").stringValue()).isEqualTo("Av. Los Comerciantes 123");
        assertThat(data.get("ubigeo").stringValue()).isEqualTo("150101");
        assertThat(data.get("email").stringValue()).isEqualTo("ventas@demo.pe");
    }

    @Test
    void updateClearsAnOptionalFieldSentAsNullOrEmpty() {
        String admin = openCompany("Campos Borrados");
        long id = aCompanyClient(admin);

        JsonNode data = api.as(admin)
                .put(CLIENTS + "/" + id, "{\"email\": null, \"ubigeo\": \"\"}")
                .body()
                .get("data");

        assertThat(data.get("email").isNull()).isTrue();
        assertThat(data.get("ubigeo").isNull()).isTrue();
        assertThat(data.get("direccion").stringValue()).isEqualTo("Av. Los Comerciantes 123");
    }

    @Test
    void updateRefusesToClearARequiredField() {
        String admin = openCompany("Requeridos al Actualizar");
        long id = aCompanyClient(admin);
        Response refused =
                api.as(admin).put(CLIENTS + "/" + id, "{\"razon_social\": null, \"numero_documento\": \"\"}");
        assertInvalid(refused, "razon_social", "El campo razon social es obligatorio.");
        assertInvalid(refused, "numero_documento", "El campo numero documento es obligatorio.");
    }

    @Test
    void updateChangesTheDocumentType() {
        String admin = openCompany("Cambio de Documento");
        long id = registered(admin, "1", "45678912", "Juan Pérez");

        JsonNode data = api.as(admin)
                .put(CLIENTS + "/" + id, "{\"tipo_documento\": \"7\", \"numero_documento\": \"AB123456\"}")
                .body()
                .get("data");

        assertThat(data.get("tipo_documento").stringValue()).isEqualTo("7");
        assertThat(canonical(admin, id).at("/document/type").stringValue()).isEqualTo("PASSPORT");
    }

    @Test
    void updateToAnotherClientsDocumentIs400() {
        String admin = openCompany("Duplicado al Actualizar");
        aCompanyClient(admin);
        long other = registered(admin, "1", "45678912", "Juan Pérez");

        Response refused = api.as(admin).put(CLIENTS + "/" + other, """
                {"tipo_documento": "6", "numero_documento": "%s"}""".formatted(VALID_RUC));

        assertRefused(refused, 400, "Ya existe otro cliente con el mismo tipo y número de documento en esta empresa");
    }

    @Test
    void updateNamingAnotherCompanyIs404() {
        String admin = openCompany("Actualización Propia");
        long id = aCompanyClient(admin);
        long other = companyNumber(openCompany("Actualización Ajena"));
        Response refused = api.as(admin).put(CLIENTS + "/" + id, "{\"company_id\": %d}".formatted(other));
        assertRefused(refused, 404, "La empresa especificada no existe o está inactiva");
    }

    @Test
    void patchUpdatesLikePut() {
        String admin = openCompany("Patch Igual a Put");
        long id = aCompanyClient(admin);
        Response updated = api.as(admin).patch(CLIENTS + "/" + id, "{\"telefono\": \"987654321\"}");
        assertThat(updated.body().get("message").stringValue()).isEqualTo("Cliente actualizado exitosamente");
        assertThat(updated.body().at("/data/telefono").stringValue()).isEqualTo("987654321");
    }

    @Test
    void deleteDeactivatesTheClient() {
        String admin = openCompany("Desactivaciones");
        long id = aCompanyClient(admin);

        Response deleted = api.as(keyWithRole(admin, "OPERATOR")).delete(CLIENTS + "/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("success").booleanValue()).isTrue();
        assertThat(deleted.body().get("message").stringValue()).isEqualTo("Cliente desactivado exitosamente");
        assertThat(api.as(admin)
                        .get(CLIENTS + "/" + id)
                        .body()
                        .at("/data/activo")
                        .booleanValue())
                .isFalse();
        assertThat(canonical(admin, id).get("status").stringValue()).isEqualTo("INACTIVE");
    }

    @Test
    void activateReactivatesTheClient() {
        String admin = openCompany("Activaciones");
        long id = aCompanyClient(admin);
        api.as(admin).delete(CLIENTS + "/" + id);

        Response activated = api.as(admin).post(CLIENTS + "/" + id + "/activate", null);

        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.body().get("message").stringValue()).isEqualTo("Cliente activado exitosamente");
        assertThat(activated.body().at("/data/activo").booleanValue()).isTrue();
        assertThat(activated.body().at("/data/company/ruc").stringValue()).isEqualTo("20987654321");
        assertThat(canonical(admin, id).get("status").stringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void changingAnUnknownClientIs404InsideTheEnvelope() {
        String admin = openCompany("Cambios Desconocidos");
        assertRefused(api.as(admin).put(CLIENTS + "/77", "{\"telefono\": \"1\"}"), 404, "Cliente no encontrado");
        assertRefused(api.as(admin).delete(CLIENTS + "/77"), 404, "Cliente no encontrado");
        assertRefused(api.as(admin).post(CLIENTS + "/77/activate", null), 404, "Cliente no encontrado");
        assertRefused(api.as(admin).delete(CLIENTS + "/x"), 404, "Cliente no encontrado");
    }

    @Test
    void aViewerCannotChangeClients() {
        String admin = openCompany("Lector sin Cambios");
        long id = aCompanyClient(admin);
        String viewer = keyWithRole(admin, "VIEWER");
        assertRefused(
                api.as(viewer).put(CLIENTS + "/" + id, "{\"telefono\": \"1\"}"),
                403,
                "Esta acción no está autorizada.");
        assertRefused(api.as(viewer).delete(CLIENTS + "/" + id), 403, "Esta acción no está autorizada.");
        assertRefused(
                api.as(viewer).post(CLIENTS + "/" + id + "/activate", null), 403, "Esta acción no está autorizada.");
    }
}
