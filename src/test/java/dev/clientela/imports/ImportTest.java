package dev.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.db.ActingTenant;
import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Import jobs through HTTP: every mode and key, the file's own rules, refusals, and the export back. */
@TestPropertySource(properties = {"clientela.imports.chunk-rows=7", "clientela.imports.poll=100ms"})
class ImportTest extends ApiTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void importsAnExcelSpanishFileWithAccentsDatesAndDecimalCommas() {
        Api shop = api.as(openTenant("Bodega Ñandú", "PE"));
        String file = """
                Nombre;Tipo Documento;Número Documento;Correo;Teléfono;Dirección;Distrito;Límite Crédito;metadata.fecha_alta
                María Núñez Peña;1;05414828;maria@bodega.pe;987654321;Av. José Gálvez 123;Miraflores;1.500,50;31/01/2024
                Ferretería Andina S.A.C.;6;20512333797;ventas@andina.pe;;Jr. Huánuco 45;Lima;0,00;15/06/2023
                """;
        JsonNode job = finished(
                shop, submit(shop, "?date_format=dd/mm/yyyy&decimal_separator=,", file.getBytes(WINDOWS_1252)));
        assertThat(job.get("state").stringValue()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("created").intValue()).isEqualTo(2);
        JsonNode maria = shop.get("/api/v1/clients?document_number=05414828")
                .body()
                .get("data")
                .get(0);
        assertThat(maria.get("name").stringValue()).isEqualTo("María Núñez Peña");
        assertThat(maria.at("/document/type").stringValue()).isEqualTo("DNI");
        assertThat(maria.at("/address/line").stringValue()).isEqualTo("Av. José Gálvez 123");
        assertThat(maria.get("credit_limit").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(maria.at("/metadata/fecha_alta").stringValue()).isEqualTo("2024-01-31");
        JsonNode andina = shop.get("/api/v1/clients?document_number=20512333797")
                .body()
                .get("data")
                .get(0);
        assertThat(andina.at("/document/type").stringValue()).isEqualTo("RUC");
        assertThat(andina.get("kind").stringValue()).isEqualTo("COMPANY");
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndRaisesTheSameEventsAsSingleWrites() {
        Api shop = api.as(openTenant("Bodega BOM", "PE"));
        byte[] text = "name,document.type,document.number\nJosé Ñique,DNI,05414828\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        JsonNode job = finished(shop, submit(shop, "", withBom));
        assertThat(job.get("created").intValue()).as(job.toString()).isEqualTo(1);
        JsonNode client = shop.get("/api/v1/clients?document_number=05414828")
                .body()
                .get("data")
                .get(0);
        assertThat(client.get("name").stringValue()).isEqualTo("José Ñique");
        JsonNode events = shop.get("/api/v1/events?type=client.created").body().get("data");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).at("/data/object/id").stringValue())
                .isEqualTo(client.get("id").stringValue());
    }

    @Test
    void takesTheFilePartOfAMultipartUploadAsAFormWouldSendIt() {
        Api shop = api.as(openTenant("Bodega Formulario", "PE"));
        String boundary = "----clientela-form-7";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"clientes.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "nombre;correo\r\nRosa Huamán;rosa@x.pe\r\n"
                + "\r\n--" + boundary + "--\r\n";
        JsonNode job = finished(
                shop,
                shop.postBytes(
                        "/api/v1/imports",
                        "multipart/form-data; boundary=" + boundary,
                        body.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("created").intValue()).as(job.toString()).isEqualTo(1);
        assertThat(shop.get("/api/v1/clients?q=rosa").body().at("/data/0/email").stringValue())
                .isEqualTo("rosa@x.pe");
        var template = shop.get("/api/v1/imports/template.csv");
        assertThat(template.text().strip()).startsWith("number,name,legal_name").endsWith("credit_limit,metadata");
    }

    @Test
    void refusesASecondRowWithTheSameDocumentNamingTheFirstAndListsEveryErrorOfARow() {
        Api shop = api.as(openTenant("Bodega Duplicados", "PE"));
        String file = """
                name,document.type,document.number,email,address.ubigeo
                Ana Quispe,DNI,05414828,ana@bodega.pe,150101
                Ana Q.,DNI,0541-4828,,
                ,DNI,12345678,not-an-email,999999
                Luis Rojas,RUC,20512333797,luis@bodega.pe,
                """;
        JsonNode job = finished(shop, submit(shop, "", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.get("state").stringValue()).isEqualTo("completed_with_errors");
        assertThat(job.get("created").intValue()).isEqualTo(2);
        assertThat(job.get("failed").intValue()).isEqualTo(2);
        String errors = shop.get("/api/v1/imports/" + job.get("id").stringValue() + "/errors")
                .text();
        List<String> lines = errors.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("name,document.type,document.number,email,address.ubigeo,line,field,code,message");
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).startsWith("Ana Q.,DNI,0541-4828,,,3,document.number,duplicate_in_file,line 2 "));
        assertThat(lines.stream().filter(l -> l.contains(",4,")).toList())
                .as(errors)
                .extracting(l -> l.split(",")[7])
                .contains("required", "invalid_format");
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isEqualTo(2);
    }

    @Test
    void aDryRunWritesNothingAndReportsWhatTheRealRunReports() {
        Api shop = api.as(openTenant("Bodega Ensayo", "PE"));
        String file =
                "name,document.type,document.number,email\nAna,DNI,05414828,ana@x.pe\nLuis,DNI,123,luis@x.pe\nEva,DNI,05414828,\n";
        JsonNode dry = finished(shop, submit(shop, "?dry_run=true", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(dry.get("dry_run").booleanValue()).isTrue();
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isZero();
        assertThat(shop.get("/api/v1/events").body().get("data")).isEmpty();
        JsonNode real = finished(shop, submit(shop, "", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(dry.get("created").intValue(), dry.get("failed").intValue()))
                .isEqualTo(List.of(
                        real.get("created").intValue(), real.get("failed").intValue()))
                .isEqualTo(List.of(1, 2));
        String dryErrors = shop.get("/api/v1/imports/" + dry.get("id").stringValue() + "/errors")
                .text();
        String realErrors = shop.get("/api/v1/imports/" + real.get("id").stringValue() + "/errors")
                .text();
        assertThat(dryErrors).isEqualTo(realErrors).contains("duplicate_in_file");
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isEqualTo(1);
    }

    @Test
    void updatesAndUpsertsByEachKey() {
        Api shop = api.as(openTenant("Bodega Claves", "PE"));
        finished(
                shop,
                submit(
                        shop,
                        "",
                        ("name,document.type,document.number,external_code,email\n"
                                        + "Ana,DNI,05414828,A-1,ana@x.pe\nLuis,RUC,20512333797,L-1,\n")
                                .getBytes(StandardCharsets.UTF_8)));
        JsonNode byCode = finished(
                shop,
                submit(
                        shop,
                        "?mode=update&key=external_code",
                        "external_code,email\nA-1,ana@nuevo.pe\nZ-9,z@x.pe\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(
                        byCode.get("updated").intValue(), byCode.get("failed").intValue()))
                .isEqualTo(List.of(1, 1));
        long luis = shop.get("/api/v1/clients?external_code=L-1")
                .body()
                .at("/data/0/number")
                .longValue();
        JsonNode byNumber = finished(
                shop,
                submit(
                        shop,
                        "?mode=update&key=number",
                        ("number,notes\n" + luis + ",cliente frecuente\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(byNumber.get("updated").intValue()).as(byNumber.toString()).isEqualTo(1);
        JsonNode upsert = finished(
                shop,
                submit(
                        shop,
                        "?mode=upsert&key=document",
                        "name,document.type,document.number\nAna,DNI,0541 4828\nEva Flores,DNI,10000001\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(
                        upsert.get("created").intValue(),
                        upsert.get("unchanged").intValue(),
                        upsert.get("updated").intValue()))
                .as(upsert.toString())
                .isEqualTo(List.of(1, 0, 1));
        JsonNode ana = shop.get("/api/v1/clients?external_code=A-1").body().at("/data/0");
        assertThat(ana.get("email").stringValue()).isEqualTo("ana@nuevo.pe");
        assertThat(shop.get("/api/v1/clients/" + ana.get("id").stringValue() + "/changes")
                        .body()
                        .at("/data/0/request_id")
                        .stringValue())
                .startsWith("import:");
        assertThat(shop.get("/api/v1/clients?external_code=L-1")
                        .body()
                        .at("/data/0/notes")
                        .stringValue())
                .isEqualTo("cliente frecuente");
        JsonNode insertAgain = finished(
                shop,
                submit(
                        shop,
                        "",
                        "name,document.type,document.number\nAna,DNI,05414828\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(insertAgain.get("failed").intValue()).isEqualTo(1);
    }

    @Test
    void deletedClientsAreExportedOnlyForAnAdmin() {
        String admin = openTenant("Bodega Papelera", "PE");
        Api shop = api.as(admin);
        String id = shop.post("/api/v1/clients", "{\"name\": \"Cliente Borrado\"}")
                .body()
                .get("id")
                .stringValue();
        assertThat(shop.delete("/api/v1/clients/" + id).status()).isEqualTo(204);
        var viewer = api.as(keyWithRole(admin, "VIEWER")).get("/api/v1/clients/export?deleted=only");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.text()).doesNotContain("Cliente Borrado");
        var asAdmin = shop.get("/api/v1/clients/export?deleted=only");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.text()).contains("Cliente Borrado");
    }

    @Test
    void anExportImportedBackInUpsertModeChangesNothing() {
        Api shop = api.as(openTenant("Bodega Ida y Vuelta", "PE"));
        finished(
                shop,
                submit(
                        shop,
                        "",
                        ("name,document.type,document.number,email,address.line,address.ubigeo,credit_limit,metadata.ruta,status\n"
                                        + "Ana Núñez,DNI,05414828,ana@x.pe,\"Av. Sol 1, Cusco\",080101,250.5,norte,ACTIVE\n"
                                        + "Luis Pérez;Ltda,RUC,20512333797,,,,,,INACTIVE\n"
                                        + "Sin Documento,,,,,,,,\n")
                                .getBytes(StandardCharsets.UTF_8)));
        var export = shop.get("/api/v1/clients/export?format=csv&delimiter=;&bom=true");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.text()).startsWith("\uFEFFnumber;name;");
        JsonNode back = finished(
                shop, submit(shop, "?mode=upsert&key=number", export.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.get("unchanged").intValue()).as(back.toString()).isEqualTo(3);
        assertThat(back.get("rows_total").intValue()).isEqualTo(3);
        var ndjson = shop.get("/api/v1/clients/export?format=ndjson");
        JsonNode again = finished(
                shop,
                shop.postBytes(
                        "/api/v1/imports?mode=upsert&key=number",
                        "application/x-ndjson",
                        ndjson.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(again.get("unchanged").intValue()).as(again.toString()).isEqualTo(3);
    }

    @Test
    void anExportOfSeveralPagesHoldsEveryClientOnceInNameOrder() {
        Api shop = api.as(openTenant("Bodega Muchas Páginas", "PE"));
        int clients = 4_500;
        StringBuilder file = new StringBuilder("name,email\n");
        for (int n = 1; n <= clients; n++) {
            // numbered backwards, so that the name order is not the order they were written in
            file.append("Cliente %05d,c%d@bodega.pe\n".formatted(clients + 1 - n, n));
        }
        assertThat(finished(shop, submit(shop, "", file.toString().getBytes(StandardCharsets.UTF_8)))
                        .get("created")
                        .intValue())
                .isEqualTo(clients);

        List<String> csv = shop.get("/api/v1/clients/export").text().lines().toList();
        List<String> ndjson =
                shop.get("/api/v1/clients/export?format=ndjson").text().lines().toList();

        List<String> names = new ArrayList<>();
        for (int n = 1; n <= clients; n++) {
            names.add("Cliente %05d".formatted(n));
        }
        assertThat(csv.subList(1, csv.size()))
                .extracting(line -> line.split(",")[1])
                .containsExactlyElementsOf(names);
        assertThat(ndjson).hasSize(clients).allSatisfy(line -> assertThat(line).contains("\"name\":\"Cliente "));
        assertThat(ndjson.getLast()).contains("Cliente %05d".formatted(clients));
    }

    @Test
    void refusesFilesThatCannotBeImportedBeforeAnythingIsWritten() {
        Api shop = api.as(openTenant("Bodega Archivos", "PE"));
        assertThat(submit(shop, "", new byte[0]).text()).contains("empty_file");
        assertThat(submit(shop, "", "name,email\n".getBytes(StandardCharsets.UTF_8))
                        .text())
                .contains("no_rows");
        assertThat(submit(shop, "", new byte[] {'P', 'K', 3, 4, 0, 0, 1}).text())
                .contains("binary_file");
        assertThat(submit(shop, "", "name,notes\nAna,\"sin cerrar\n".getBytes(StandardCharsets.UTF_8))
                        .text())
                .contains("truncated_file");
        assertThat(submit(shop, "", "name;email\nAna,ana@x.pe\n".getBytes(StandardCharsets.UTF_8))
                        .text())
                .contains("mixed_delimiters");
        var unknown = submit(shop, "", "nombre,color_favorito\nAna,azul\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("known_columns").toString()).contains("razon_social");
        assertThat(unknown.text()).contains("color_favorito");
        assertThat(shop.get("/api/v1/imports").body().get("data")).isEmpty();
        assertThat(shop.postBytes("/api/v1/imports", "application/json", "{}".getBytes())
                        .status())
                .isEqualTo(415);
    }

    @Test
    void aTenantSeesNeitherTheJobsNorTheRefusedRowsOfAnother() {
        Api one = api.as(openTenant("Bodega Uno", "PE"));
        Api other = api.as(openTenant("Bodega Otra", "PE"));
        JsonNode job = finished(one, submit(one, "", "name,email\nAna,bad\n".getBytes(StandardCharsets.UTF_8)));
        String id = job.get("id").stringValue();
        assertThat(other.get("/api/v1/imports/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/imports/" + id + "/errors").status()).isEqualTo(404);
        assertThat(other.post("/api/v1/imports/" + id + "/cancel", "").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/imports").body().get("data")).isEmpty();
        assertThat(one.get("/api/v1/imports").body().get("data")).hasSize(1);
        UUID oneId = one.tenantId();
        UUID otherId = other.tenantId();
        String unscoped = "select (select count(*) from import_jobs) + (select count(*) from import_file_chunks)"
                + " + (select count(*) from import_errors)";
        assertThat(ActingTenant.as(otherId, () -> count(unscoped)))
                .as("a query without a tenant filter, acting for the other tenant")
                .isZero();
        assertThat(ActingTenant.as(oneId, () -> count(unscoped))).isEqualTo(3);
    }

    @Autowired
    DataSource dataSource;

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anIdempotencyKeyGivesTheFirstJobBack() {
        Api shop = api.as(openTenant("Bodega Reintentos", "PE")).with("Idempotency-Key", "carga-1");
        byte[] file = "name\nAna\n".getBytes(StandardCharsets.UTF_8);
        var first = submit(shop, "", file);
        var again = submit(shop, "", file);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(submit(shop, "", "name\nLuis\n".getBytes(StandardCharsets.UTF_8))
                        .code())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        finished(shop, first);
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isEqualTo(1);
    }

    @Test
    void showsProgressWhileRunningAndACancelledJobKeepsWhatItCommitted() {
        Api shop = api.as(openTenant("Bodega Grande", "PE"));
        StringBuilder file = new StringBuilder("name,external_code\n");
        for (int i = 0; i < 3000; i++) {
            file.append("Cliente ").append(i).append(",C-").append(i).append('\n');
        }
        var submitted = submit(shop, "", file.toString().getBytes(StandardCharsets.UTF_8));
        String path = submitted.header("Location");
        JsonNode seen = awaitJob(
                shop,
                path,
                j -> j.get("state").stringValue().equals("running")
                        && j.get("rows_done").intValue() > 0);
        assertThat(seen.get("rows_done").intValue()).isBetween(1, 2999);
        assertThat(shop.post(path + "/cancel", "").status()).isEqualTo(202);
        JsonNode cancelled = awaitJob(
                shop,
                path,
                j -> j.get("finished_at") != null && !j.get("finished_at").isNull());
        assertThat(cancelled.get("state").stringValue()).isEqualTo("cancelled");
        int created = cancelled.get("created").intValue();
        assertThat(created).isBetween(1, 2999);
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isEqualTo(created);
    }

    private static Api.Response submit(Api shop, String query, byte[] file) {
        return shop.postBytes("/api/v1/imports" + query, "text/csv", file);
    }

    private static JsonNode finished(Api shop, Api.Response submitted) {
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        return awaitJob(
                shop, submitted.header("Location"), j -> !j.get("finished_at").isNull());
    }

    static JsonNode awaitJob(Api shop, String path, java.util.function.Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = shop.get(path).body();
            if (until.test(job)) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError(
                "The import did not get there within 180 s: " + shop.get(path).text());
    }
}
