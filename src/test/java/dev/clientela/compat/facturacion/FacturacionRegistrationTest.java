package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/clients} of the e-invoicing profile, as its document describes it. */
class FacturacionRegistrationTest extends FacturacionTest {

    private static final String FULL_CLIENT = """
            {"tipo_documento": "6", "numero_documento": "20512333797",
             "razon_social": "EMPRESA DEMO S.A.C.", "nombre_comercial": "Empresa Demo",
             "direccion": "Av. Los Comerciantes 123", "ubigeo": "150101", "distrito": "Lima",
             "provincia": "Lima", "departamento": "Lima", "telefono": "01-2345678",
             "email": "ventas@demo.pe", "activo": true}""";

    @Test
    void createAnswers201WithEveryFieldAndTheCompanyInTheEnvelope() {
        String admin = openCompany("Mi Empresa S.A.C.");
        long company = companyNumber(admin);

        Response created = api.as(admin).post(CLIENTS, FULL_CLIENT);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.body();
        assertThat(body.get("success").booleanValue()).isTrue();
        assertThat(body.get("message").stringValue()).isEqualTo("Cliente creado exitosamente");
        JsonNode data = body.get("data");
        assertThat(data.get("id").longValue()).isEqualTo(1);
        assertThat(data.get("company_id").longValue()).isEqualTo(company);
        assertThat(data.get("tipo_documento").stringValue()).isEqualTo("6");
        assertThat(data.get("numero_documento").stringValue()).isEqualTo("20512333797");
        assertThat(data.get("razon_social").stringValue()).isEqualTo("EMPRESA DEMO S.A.C.");
        assertThat(data.get("nombre_comercial").stringValue()).isEqualTo("Empresa Demo");
        assertThat(data.get("direccion").stringValue()).isEqualTo("Av. Los Comerciantes 123");
        assertThat(data.get("ubigeo").stringValue()).isEqualTo("150101");
        assertThat(data.get("distrito").stringValue()).isEqualTo("Lima");
        assertThat(data.get("provincia").stringValue()).isEqualTo("Lima");
        assertThat(data.get("departamento").stringValue()).isEqualTo("Lima");
        assertThat(data.get("telefono").stringValue()).isEqualTo("01-2345678");
        assertThat(data.get("email").stringValue()).isEqualTo("ventas@demo.pe");
        assertThat(data.get("activo").booleanValue()).isTrue();
        assertThat(data.get("created_at").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(data.get("updated_at").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(data.at("/company/id").longValue()).isEqualTo(company);
        assertThat(data.at("/company/ruc").stringValue()).isEqualTo("20987654321");
        assertThat(data.at("/company/razon_social").stringValue()).isEqualTo("Mi Empresa S.A.C.");
    }

    @Test
    void theSeedsFieldsAreTheCanonicalClientsFields() {
        String admin = openCompany("Comercial Andina");
        long id = api.as(admin).post(CLIENTS, FULL_CLIENT).body().at("/data/id").longValue();

        JsonNode client = canonical(admin, id);

        assertThat(client.get("name").stringValue()).isEqualTo("EMPRESA DEMO S.A.C.");
        assertThat(client.get("legal_name").stringValue()).isEqualTo("EMPRESA DEMO S.A.C.");
        assertThat(client.get("trade_name").stringValue()).isEqualTo("Empresa Demo");
        assertThat(client.at("/document/country").stringValue()).isEqualTo("PE");
        assertThat(client.at("/document/type").stringValue()).isEqualTo("RUC");
        assertThat(client.at("/document/number").stringValue()).isEqualTo("20512333797");
        assertThat(client.at("/address/line").stringValue()).isEqualTo("Av. Los Comerciantes 123");
        assertThat(client.at("/address/ubigeo").stringValue()).isEqualTo("150101");
        assertThat(client.at("/address/district").stringValue()).isEqualTo("Lima");
        assertThat(client.at("/address/province").stringValue()).isEqualTo("Lima");
        assertThat(client.at("/address/department").stringValue()).isEqualTo("Lima");
        assertThat(client.get("phone").stringValue()).isEqualTo("01-2345678");
        assertThat(client.get("email").stringValue()).isEqualTo("ventas@demo.pe");
        assertThat(client.get("status").stringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void eachSunatCodeIsItsPeruvianDocumentType() {
        String admin = openCompany("Tipos de Documento");
        record Case(String code, String number, String type) {}
        var cases = java.util.List.of(
                new Case("1", "45678912", "DNI"),
                new Case("4", "001234567", "CE"),
                new Case("6", VALID_RUC, "RUC"),
                new Case("7", "AB123456", "PASSPORT"),
                new Case("0", "X1234567", "DOC_TRIB_NO_DOM"));
        for (Case c : cases) {
            long id = registered(admin, c.code(), c.number(), "Titular " + c.type());
            JsonNode document = canonical(admin, id).get("document");
            assertThat(document.get("country").stringValue()).isEqualTo("PE");
            assertThat(document.get("type").stringValue()).as(c.code()).isEqualTo(c.type());
            assertThat(api.as(admin)
                            .get(CLIENTS + "/" + id)
                            .body()
                            .at("/data/tipo_documento")
                            .stringValue())
                    .isEqualTo(c.code());
        }
    }

    @Test
    void activoDefaultsToTrue() {
        String admin = openCompany("Activo por Defecto");
        Response created = register(admin, "1", "45678912", "Juan Pérez");
        assertThat(created.body().at("/data/activo").booleanValue()).isTrue();
    }

    @Test
    void activoFalseRegistersAnInactiveClient() {
        String admin = openCompany("Cliente Inactivo");
        Response created = api.as(admin).post(CLIENTS, """
                {"tipo_documento": "1", "numero_documento": "45678912", "razon_social": "Juan Pérez", "activo": false}""");
        assertThat(created.body().at("/data/activo").booleanValue()).isFalse();
        assertThat(canonical(admin, created.body().at("/data/id").longValue())
                        .get("status")
                        .stringValue())
                .isEqualTo("INACTIVE");
    }

    @Test
    void omittedCompanyIdIsTheCallersCompany() {
        String admin = openCompany("Sin Company Id");
        Response created = register(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/data/company_id").longValue()).isEqualTo(companyNumber(admin));
    }

    @Test
    void theCallersOwnCompanyIdIsAccepted() {
        String admin = openCompany("Con Company Id");
        Response created = api.as(admin).post(CLIENTS, """
                {"company_id": %d, "tipo_documento": "6", "numero_documento": "%s", "razon_social": "EMPRESA"}""".formatted(companyNumber(admin), VALID_RUC));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void anotherOrUnknownCompanyIs404() {
        String admin = openCompany("Empresa Propia");
        long other = companyNumber(openCompany("Empresa Ajena"));
        for (long companyId : new long[] {other, 987_654_321L}) {
            Response refused = api.as(admin).post(CLIENTS, """
                    {"company_id": %d, "tipo_documento": "6", "numero_documento": "%s", "razon_social": "EMPRESA"}""".formatted(companyId, VALID_RUC));
            assertRefused(refused, 404, "La empresa especificada no existe o está inactiva");
        }
    }

    @Test
    void theSameDocumentTwiceInOneCompanyIs400() {
        String admin = openCompany("Duplicados");
        registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        assertRefused(
                register(admin, "6", VALID_RUC, "OTRA EMPRESA"),
                400,
                "Ya existe un cliente con el mismo tipo y número de documento en esta empresa");
    }

    @Test
    void theSameDocumentInAnotherCompanyIsAnotherClient() {
        registered(openCompany("Primera Empresa"), "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        Response again = register(openCompany("Segunda Empresa"), "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        assertThat(again.status()).isEqualTo(201);
    }

    @Test
    void aRazonSocialOf255CharactersIsKeptWhole() {
        String admin = openCompany("Nombres Largos");
        String longName = "N".repeat(255);
        Response created = register(admin, "1", "45678912", longName);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/data/razon_social").stringValue()).isEqualTo(longName);
        assertThat(canonical(admin, created.body().at("/data/id").longValue())
                        .get("legal_name")
                        .stringValue())
                .isEqualTo(longName);
    }

    @Test
    void aViewerCannotCreate() {
        String viewer = keyWithRole(openCompany("Solo Lectura"), "VIEWER");
        assertRefused(register(viewer, "1", "45678912", "Juan Pérez"), 403, "Esta acción no está autorizada.");
    }
}
