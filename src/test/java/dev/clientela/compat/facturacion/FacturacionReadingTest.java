package dev.clientela.compat.facturacion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Showing, listing and finding by document through the e-invoicing profile. */
class FacturacionReadingTest extends FacturacionTest {

    @Test
    void showAnswersTheClientInTheEnvelope() {
        String admin = openCompany("Mostrar Cliente");
        long id = registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");

        Response shown = api.as(keyWithRole(admin, "VIEWER")).get(CLIENTS + "/" + id);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("success").booleanValue()).isTrue();
        assertThat(shown.body().at("/data/id").longValue()).isEqualTo(id);
        assertThat(shown.body().at("/data/razon_social").stringValue()).isEqualTo("EMPRESA DEMO S.A.C.");
        assertThat(shown.body().at("/data/company/ruc").stringValue()).isEqualTo("20987654321");
    }

    @Test
    void anUnknownClientIs404InsideTheEnvelope() {
        String admin = openCompany("Cliente Desconocido");
        for (String id : new String[] {"999", "0", "-1", "abc", "99999999999999999999999"}) {
            assertRefused(api.as(admin).get(CLIENTS + "/" + id), 404, "Cliente no encontrado");
        }
    }

    @Test
    void anotherCompanysClientIsUnknown() {
        long id = registered(openCompany("Dueña del Cliente"), "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        assertRefused(api.as(openCompany("Otra Empresa")).get(CLIENTS + "/" + id), 404, "Cliente no encontrado");
    }

    @Test
    void theListPagesTwentyClientsInTheOrderTheyWereRegistered() {
        String admin = openCompany("Veintiún Clientes");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            String name = "Cliente %02d %s".formatted(i, i % 2 == 0 ? "Alfa" : "Zeta");
            registered(admin, "1", "%08d".formatted(40_000_000 + i), name);
            names.add(name);
        }

        Response first = api.as(admin).get(CLIENTS);
        Response second = api.as(admin).get(CLIENTS + "?page=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("success").booleanValue()).isTrue();
        assertThat(razonesSociales(first)).isEqualTo(names.subList(0, 20));
        assertThat(razonesSociales(second)).isEqualTo(names.subList(20, 21));
        JsonNode meta = second.body().get("meta");
        assertThat(meta.get("total").longValue()).isEqualTo(21);
        assertThat(meta.get("per_page").intValue()).isEqualTo(20);
        assertThat(meta.get("current_page").longValue()).isEqualTo(2);
        assertThat(meta.get("last_page").longValue()).isEqualTo(2);
    }

    @Test
    void aPageThatIsNotAWholeNumberFromOneIsTheFirst() {
        String admin = openCompany("Páginas Raras");
        registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        for (String page : new String[] {"0", "-3", "dos", "1.5", "99999999999999999999"}) {
            Response listed = api.as(admin).get(CLIENTS + "?page=" + page);
            assertThat(listed.body().at("/meta/current_page").longValue())
                    .as(page)
                    .isEqualTo(1);
            assertThat(razonesSociales(listed)).containsExactly("EMPRESA DEMO S.A.C.");
        }
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        String admin = openCompany("Más Allá");
        registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        for (String page : new String[] {"2", "900000"}) {
            Response listed = api.as(admin).get(CLIENTS + "?page=" + page);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(razonesSociales(listed)).isEmpty();
            assertThat(listed.body().at("/meta/total").longValue()).isEqualTo(1);
            assertThat(listed.body().at("/meta/last_page").longValue()).isEqualTo(1);
        }
    }

    @Test
    void theListShowsOnlyTheCallersCompany() {
        String mine = openCompany("Mi Cartera");
        registered(mine, "1", "45678912", "Mi Cliente");
        registered(openCompany("Cartera Ajena"), "1", "45678913", "Cliente Ajeno");

        assertThat(razonesSociales(api.as(mine).get(CLIENTS))).containsExactly("Mi Cliente");
    }

    @Test
    void companyIdFiltersToTheCallersCompanyAndNoOther() {
        String mine = openCompany("Filtro de Empresa");
        registered(mine, "1", "45678912", "Mi Cliente");
        long other = companyNumber(openCompany("Empresa Filtrada"));

        assertThat(razonesSociales(api.as(mine).get(CLIENTS + "?company_id=" + companyNumber(mine))))
                .containsExactly("Mi Cliente");
        assertRefused(
                api.as(mine).get(CLIENTS + "?company_id=" + other),
                404,
                "La empresa especificada no existe o está inactiva");
    }

    @Test
    void tipoDocumentoFiltersTheList() {
        String admin = openCompany("Filtro de Tipo");
        registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        registered(admin, "1", "45678912", "Juan Pérez");

        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?tipo_documento=1")))
                .containsExactly("Juan Pérez");
        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?tipo_documento=6")))
                .containsExactly("EMPRESA DEMO S.A.C.");
        assertInvalid(
                api.as(admin).get(CLIENTS + "?tipo_documento=9"),
                "tipo_documento",
                "El campo tipo documento no está en la lista de valores permitidos.");
    }

    @Test
    void searchMatchesDocumentRazonSocialOrNombreComercial() {
        String admin = openCompany("Búsquedas");
        api.as(admin).post(CLIENTS, """
                {"tipo_documento": "6", "numero_documento": "%s", "razon_social": "DISTRIBUIDORA ANDINA S.A.C.",
                 "nombre_comercial": "Ferretería El Tornillo"}""".formatted(VALID_RUC));
        registered(admin, "1", "45678912", "Juan Pérez");

        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?search=" + VALID_RUC.substring(0, 5))))
                .containsExactly("DISTRIBUIDORA ANDINA S.A.C.");
        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?search=" + VALID_RUC.substring(3))))
                .as("the middle of a number")
                .isEmpty();
        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?search=andina")))
                .containsExactly("DISTRIBUIDORA ANDINA S.A.C.");
        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?search=tornillo")))
                .containsExactly("DISTRIBUIDORA ANDINA S.A.C.");
        assertThat(razonesSociales(api.as(admin).get(CLIENTS + "?search=perez")))
                .containsExactly("Juan Pérez");
        assertThat(api.as(admin)
                        .get(CLIENTS + "?search=perez")
                        .body()
                        .at("/meta/total")
                        .longValue())
                .isEqualTo(1);
    }

    @Test
    void theListShowsInactiveClients() {
        String admin = openCompany("Inactivos Listados");
        long id = registered(admin, "1", "45678912", "Juan Pérez");
        api.as(admin).delete(CLIENTS + "/" + id);

        JsonNode listed = api.as(admin).get(CLIENTS).body().get("data");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("activo").booleanValue()).isFalse();
    }

    @Test
    void searchByDocumentFindsTheActiveClient() {
        String admin = openCompany("Búsqueda por Documento");
        long id = registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");

        Response found = api.as(keyWithRole(admin, "VIEWER"))
                .post(CLIENTS + "/search-by-document", """
                {"company_id": %d, "tipo_documento": "6", "numero_documento": "%s"}""".formatted(companyNumber(admin), VALID_RUC));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("success").booleanValue()).isTrue();
        assertThat(found.body().at("/data/id").longValue()).isEqualTo(id);
        assertThat(found.body().at("/data/company/razon_social").stringValue()).isEqualTo("Búsqueda por Documento");
    }

    @Test
    void searchByDocumentDoesNotFindAnInactiveClient() {
        String admin = openCompany("Documento Inactivo");
        long id = registered(admin, "6", VALID_RUC, "EMPRESA DEMO S.A.C.");
        api.as(admin).delete(CLIENTS + "/" + id);

        assertRefused(search(admin, "6", VALID_RUC), 404, "Cliente no encontrado");
    }

    @Test
    void searchByDocumentNeedsTheSameType() {
        String admin = openCompany("Documento de Otro Tipo");
        registered(admin, "1", "45678912", "Juan Pérez");
        assertRefused(search(admin, "4", "45678912"), 404, "Cliente no encontrado");
        assertThat(search(admin, "1", "45678912").status()).isEqualTo(200);
    }

    @Test
    void searchByDocumentValidatesItsFields() {
        String admin = openCompany("Búsqueda Inválida");
        Response refused = api.as(admin).post(CLIENTS + "/search-by-document", "{\"company_id\": \"x\"}");
        assertInvalid(refused, "company_id", "El campo company id debe ser un número entero.");
        assertInvalid(refused, "tipo_documento", "El campo tipo documento es obligatorio.");
        assertInvalid(refused, "numero_documento", "El campo numero documento es obligatorio.");
    }

    @Test
    void searchByDocumentInAnotherCompanyIs404() {
        String admin = openCompany("Búsqueda Propia");
        long other = companyNumber(openCompany("Búsqueda Ajena"));
        Response refused = api.as(admin).post(CLIENTS + "/search-by-document", """
                {"company_id": %d, "tipo_documento": "6", "numero_documento": "%s"}""".formatted(other, VALID_RUC));
        assertRefused(refused, 404, "La empresa especificada no existe o está inactiva");
    }

    @Test
    void aClientFromAnotherCountryIsShownAsAForeignTaxDocument() {
        String admin = openCompany("Clientes Extranjeros");
        Response created = api.as(admin).post("/api/v1/clients", """
                {"name": "María José López", "document": {"country": "HN", "type": "DNI", "number": "0801199012345"}}""");
        long id = created.body().get("number").longValue();

        JsonNode shown = api.as(admin).get(CLIENTS + "/" + id).body().get("data");

        assertThat(shown.get("tipo_documento").stringValue()).isEqualTo("0");
        assertThat(shown.get("numero_documento").stringValue()).isEqualTo("0801199012345");
        assertThat(shown.get("razon_social").stringValue()).isEqualTo("María José López");
    }

    private Response search(String key, String code, String number) {
        return api.as(key).post(CLIENTS + "/search-by-document", """
                        {"tipo_documento": "%s", "numero_documento": "%s"}""".formatted(code, number));
    }

    private static List<String> razonesSociales(Response listed) {
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        listed.body().get("data").forEach(c -> names.add(c.get("razon_social").stringValue()));
        return names;
    }
}
