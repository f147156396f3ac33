package dev.clientela.compat.oficina;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.Api.Response;
import dev.clientela.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What La Oficina Nítida's customer document promises, through {@code /compat/oficina}. */
class OficinaCustomersTest extends ApiTest {

    private static final String CUSTOMERS = "/compat/oficina/billing/customers";

    private String admin;
    private Api office;

    @BeforeEach
    void openOffice() {
        admin = openTenant("Oficina Nítida Bogotá", "CO");
        office = api.as(admin);
    }

    @Test
    void theDocumentsExampleCustomerIsCreatedWith201() {
        Response created = office.post(CUSTOMERS, """
                {"razonSocial": "Colegio Los Andes S.A.S.", "nit": "900123456",
                 "email": "facturacion@colegiolosandes.edu.co", "telefono": "+57 601 3456789",
                 "direccion": "Calle 45 # 12-30"}""");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode customer = created.body();
        assertThat(customer.get("razonSocial").stringValue()).isEqualTo("Colegio Los Andes S.A.S.");
        assertThat(customer.get("nit").stringValue()).isEqualTo("900123456");
        assertThat(customer.get("email").stringValue()).isEqualTo("facturacion@colegiolosandes.edu.co");
        assertThat(customer.get("telefono").stringValue()).isEqualTo("+57 601 3456789");
        assertThat(customer.get("direccion").stringValue()).isEqualTo("Calle 45 # 12-30");
        assertThat(customer.get("id").stringValue()).matches("[0-9a-f-]{36}");
        assertThat(customer.get("createdAt").stringValue()).endsWith("Z");
        assertThat(customer.get("updatedAt").stringValue()).endsWith("Z");
    }

    @Test
    void newCustomersAreActive() {
        Response created = create("Ferretería El Tornillo", "800197268");

        assertThat(created.body().get("status").stringValue()).isEqualTo("ACTIVE");
    }

    @Test
    void theNitIsWrittenAndShownWithoutItsCheckDigitAndStoredWithIt() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));

        Response client = office.get("/api/v1/clients/" + id);

        assertThat(client.body().at("/document/country").stringValue()).isEqualTo("CO");
        assertThat(client.body().at("/document/type").stringValue()).isEqualTo("NIT");
        assertThat(client.body().at("/document/number").stringValue()).isEqualTo("9001234568");
        assertThat(office.get(CUSTOMERS + "/" + id).body().get("nit").stringValue())
                .isEqualTo("900123456");
    }

    @Test
    void aCustomerIsAClientOfTheCanonicalApiWithTheSameNameAndDocument() {
        String id = id(create("Distribuidora Caribe S.A.S.", "890900608"));

        Response client = office.get("/api/v1/clients/" + id);

        assertThat(client.status()).isEqualTo(200);
        assertThat(client.body().get("name").stringValue()).isEqualTo("Distribuidora Caribe S.A.S.");
        assertThat(client.body().get("legal_name").stringValue()).isEqualTo("Distribuidora Caribe S.A.S.");
        assertThat(client.body().get("kind").stringValue()).isEqualTo("COMPANY");
    }

    @Test
    void aClientRegisteredInTheCanonicalApiIsACustomerHere() {
        Response client = office.post("/api/v1/clients", """
                {"name": "Papelería Central", "document": {"country": "CO", "type": "NIT", "number": "900.123.456-8"},
                 "address": {"line": "Carrera 7 # 10-20"}}""");

        Response customer = office.get(CUSTOMERS + "/" + id(client));

        assertThat(customer.body().get("razonSocial").stringValue()).isEqualTo("Papelería Central");
        assertThat(customer.body().get("nit").stringValue()).isEqualTo("900.123.456-8");
        assertThat(customer.body().get("direccion").stringValue()).isEqualTo("Carrera 7 # 10-20");
    }

    @Test
    void listIsOrderedByRazonSocialAscending() {
        create("Zapatería Bolívar", "800100200");
        create("almacén Éxito", "800100300");
        create("Colegio Los Andes S.A.S.", "900123456");

        assertThat(names(office.get(CUSTOMERS)))
                .containsExactly("almacén Éxito", "Colegio Los Andes S.A.S.", "Zapatería Bolívar");
    }

    @Test
    void listIncludesInactiveCustomers() {
        create("Activa S.A.S.", "800100200");
        String retired = id(create("Retirada S.A.S.", "800100300"));
        office.patch(CUSTOMERS + "/" + retired, "{\"status\": \"INACTIVE\"}");

        Response list = office.get(CUSTOMERS);

        assertThat(names(list)).containsExactly("Activa S.A.S.", "Retirada S.A.S.");
        assertThat(list.body().get(1).get("status").stringValue()).isEqualTo("INACTIVE");
    }

    @Test
    void searchMatchesRazonSocialIgnoringCase() {
        create("Colegio Los Andes S.A.S.", "900123456");
        create("Ferretería El Tornillo", "800197268");

        assertThat(names(office.get(CUSTOMERS + "?search=colegio"))).containsExactly("Colegio Los Andes S.A.S.");
        assertThat(names(office.get(CUSTOMERS + "?search=COLEGIO"))).containsExactly("Colegio Los Andes S.A.S.");
    }

    @Test
    void searchMatchesTheStartOfTheNit() {
        create("Colegio Los Andes S.A.S.", "900123456");
        create("Ferretería El Tornillo", "800197268");

        assertThat(names(office.get(CUSTOMERS + "?search=900123"))).containsExactly("Colegio Los Andes S.A.S.");
        assertThat(names(office.get(CUSTOMERS + "?search=123456")))
                .as("the middle of the NIT")
                .isEmpty();
        assertThat(names(office.get(CUSTOMERS + "?search=900123456"))).containsExactly("Colegio Los Andes S.A.S.");
    }

    @Test
    void searchResultsAreOrderedByRazonSocial() {
        create("Colegio San Bartolomé", "800100200");
        create("Colegio Abraham Lincoln", "800100300");

        assertThat(names(office.get(CUSTOMERS + "?search=colegio")))
                .containsExactly("Colegio Abraham Lincoln", "Colegio San Bartolomé");
    }

    @Test
    void listShowsOnlyTheTenantsOwnCustomers() {
        create("Colegio Los Andes S.A.S.", "900123456");
        Api other = api.as(openTenant("Otra Oficina", "CO"));

        assertThat(other.get(CUSTOMERS).body()).isEmpty();
    }

    @Test
    void getReturnsTheFullCustomerRecord() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));

        Response customer = office.get(CUSTOMERS + "/" + id);

        assertThat(customer.status()).isEqualTo(200);
        List<String> fields = new ArrayList<>(customer.body().propertyNames());
        assertThat(fields)
                .containsExactly(
                        "id",
                        "razonSocial",
                        "nit",
                        "email",
                        "telefono",
                        "direccion",
                        "status",
                        "createdAt",
                        "updatedAt");
    }

    @Test
    void aCustomerOfAnotherTenantIsNotFound() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));
        Api other = api.as(openTenant("Otra Oficina", "CO"));

        Response response = other.get(CUSTOMERS + "/" + id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("statusCode").intValue()).isEqualTo(404);
        assertThat(response.body().get("message").stringValue()).isEqualTo("Cliente no encontrado");
        assertThat(response.body().get("error").stringValue()).isEqualTo("Not Found");
    }

    @Test
    void anIdThatIsNotAUuidIsNotFound() {
        Response response = office.get(CUSTOMERS + "/42");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("message").stringValue()).isEqualTo("Cliente no encontrado");
    }

    @Test
    void patchUpdatesOnlyTheFieldsPresent() {
        String id = id(office.post(CUSTOMERS, """
                {"razonSocial": "Colegio Los Andes S.A.S.", "nit": "900123456",
                 "email": "facturacion@colegiolosandes.edu.co", "telefono": "+57 601 3456789"}"""));

        Response patched = office.patch(CUSTOMERS + "/" + id, "{\"email\": \"cartera@colegiolosandes.edu.co\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("email").stringValue()).isEqualTo("cartera@colegiolosandes.edu.co");
        assertThat(patched.body().get("telefono").stringValue()).isEqualTo("+57 601 3456789");
        assertThat(patched.body().get("razonSocial").stringValue()).isEqualTo("Colegio Los Andes S.A.S.");
        assertThat(patched.body().get("nit").stringValue()).isEqualTo("900123456");
    }

    @Test
    void patchChangesTheNitAndTheRazonSocial() {
        String id = id(create("Colegio Los Andes", "900123456"));

        Response patched = office.patch(CUSTOMERS + "/" + id, """
                {"razonSocial": "Colegio Los Andes S.A.S.", "nit": "800197268"}""");

        assertThat(patched.body().get("razonSocial").stringValue()).isEqualTo("Colegio Los Andes S.A.S.");
        assertThat(patched.body().get("nit").stringValue()).isEqualTo("800197268");
        assertThat(office.get("/api/v1/clients/" + id).body().get("name").stringValue())
                .isEqualTo("Colegio Los Andes S.A.S.");
    }

    @Test
    void patchDeactivatesACustomer() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));

        Response patched = office.patch(CUSTOMERS + "/" + id, "{\"status\": \"INACTIVE\"}");

        assertThat(patched.body().get("status").stringValue()).isEqualTo("INACTIVE");
        assertThat(office.get("/api/v1/clients/" + id).body().get("status").stringValue())
                .isEqualTo("INACTIVE");
    }

    @Test
    void patchWithNullClearsAnOptionalField() {
        String id = id(office.post(CUSTOMERS, """
                {"razonSocial": "Colegio Los Andes S.A.S.", "nit": "900123456", "direccion": "Calle 45 # 12-30"}"""));

        Response patched = office.patch(CUSTOMERS + "/" + id, "{\"direccion\": null}");

        assertThat(patched.body().get("direccion").isNull()).isTrue();
    }

    @Test
    void anOperatorCreatesAndUpdates() {
        Api operator = api.as(keyWithRole(admin, "OPERATOR"));

        Response created = operator.post(CUSTOMERS, "{\"razonSocial\": \"Colegio\", \"nit\": \"900123456\"}");
        Response patched = operator.patch(CUSTOMERS + "/" + id(created), "{\"telefono\": \"601 3456789\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(patched.status()).isEqualTo(200);
    }

    @Test
    void aViewerReadsButCannotCreate() {
        create("Colegio Los Andes S.A.S.", "900123456");
        Api viewer = api.as(keyWithRole(admin, "VIEWER"));

        Response refused = viewer.post(CUSTOMERS, "{\"razonSocial\": \"Otro\", \"nit\": \"800197268\"}");

        assertThat(viewer.get(CUSTOMERS).body()).hasSize(1);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("statusCode").intValue()).isEqualTo(403);
        assertThat(refused.body().get("error").stringValue()).isEqualTo("Forbidden");
    }

    @Test
    void onlyAnAdminDeletes() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));
        Api operator = api.as(keyWithRole(admin, "OPERATOR"));

        Response refused = operator.delete(CUSTOMERS + "/" + id);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(office.get(CUSTOMERS + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void deleteRemovesTheCustomerPermanently() {
        String id = id(create("Colegio Los Andes S.A.S.", "900123456"));

        Response deleted = office.delete(CUSTOMERS + "/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("id").stringValue()).isEqualTo(id);
        assertThat(office.get(CUSTOMERS + "/" + id).status()).isEqualTo(404);
        assertThat(office.get("/api/v1/clients?deleted=only").body().get("data"))
                .isEmpty();
        assertThat(create("Colegio Los Andes S.A.S.", "900123456").status()).isEqualTo(201);
    }

    private Response create(String razonSocial, String nit) {
        Response created = office.post(CUSTOMERS, """
                {"razonSocial": "%s", "nit": "%s"}""".formatted(razonSocial, nit));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    private static String id(Response response) {
        return response.body().get("id").stringValue();
    }

    private static List<String> names(Response list) {
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.body().forEach(c -> names.add(c.get("razonSocial").stringValue()));
        return names;
    }
}
