package dev.clientela.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientela.support.Api;
import dev.clientela.support.ApiTest;
import dev.clientela.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An import reads and checks each chunk while the chunk before is written: what the caller sees is
 * the same as if the chunks were taken one after the other, refusals, duplicates and counts alike.
 */
@TestPropertySource(properties = {"clientela.imports.chunk-rows=7", "clientela.imports.poll=100ms"})
class ImportChunksTest extends ApiTest {

    @Test
    void findsDuplicatesAcrossChunksAndListsTheRefusedRowsInLineOrder() {
        Api shop = api.as(openTenant("Bodega Por Tandas", "PE"));
        StringBuilder file = new StringBuilder("name,external_code,email\n");
        for (int i = 0; i < 60; i++) {
            // line i + 2: the code of row 3 again on row 12 (a later chunk), a bad email on row 30,
            // the code of row 44 again on row 45 (the same chunk)
            String code = i == 12 ? "C-3" : i == 45 ? "C-44" : "C-" + i;
            String email = i == 30 ? "not-an-email" : "c" + i + "@x.pe";
            file.append("Cliente ")
                    .append(i)
                    .append(',')
                    .append(code)
                    .append(',')
                    .append(email)
                    .append('\n');
        }
        JsonNode job = finished(shop, file.toString());
        assertThat(job.get("state").stringValue()).isEqualTo("completed_with_errors");
        assertThat(job.get("rows_done").intValue()).isEqualTo(60);
        assertThat(job.get("created").intValue()).isEqualTo(57);
        assertThat(job.get("failed").intValue()).isEqualTo(3);
        List<String> refused = shop.get("/api/v1/imports/" + job.get("id").stringValue() + "/errors")
                .text()
                .lines()
                .skip(1)
                .toList();
        assertThat(refused)
                .extracting(l -> l.split(",")[3] + " " + l.split(",")[5])
                .containsExactly("14 duplicate_in_file", "32 invalid_format", "47 duplicate_in_file");
        assertThat(refused.getFirst()).endsWith("line 5 of the file has the same value");
        assertThat(refused.getLast()).endsWith("line 46 of the file has the same value");
        assertThat(shop.get("/api/v1/clients?include=total").body().get("total").intValue())
                .isEqualTo(57);
    }

    @Test
    void aChunkTheDatabaseRefusesEndsTheJobWithExactlyTheChunksCommittedBefore() throws Exception {
        Api shop = api.as(openTenant("Bodega Interrumpida", "PE"));
        StringBuilder file = new StringBuilder("name,email\n");
        for (int i = 0; i < 40; i++) {
            // lines 2-8 and 9-15 commit (with the bad email of line 7); line 22 fails the third chunk
            String name = i == 20 ? "Fila Que La Base Rechaza" : "Cliente " + i;
            String email = i == 5 ? "not-an-email" : "c" + i + "@x.pe";
            file.append(name).append(',').append(email).append('\n');
        }
        try (Connection owner = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.owner(), "")) {
            owner.createStatement().execute("""
                    create function import_chunks_test_refuse() returns trigger language plpgsql as $$
                    begin raise exception 'refused by the test'; end $$;
                    create trigger import_chunks_test_refuse before insert on clients for each row
                    when (new.name = 'Fila Que La Base Rechaza') execute function import_chunks_test_refuse();
                    """);
            try {
                JsonNode job = finished(shop, file.toString());
                assertThat(job.get("state").stringValue()).isEqualTo("failed");
                assertThat(job.get("rows_done").intValue()).isEqualTo(14);
                assertThat(job.get("created").intValue()).isEqualTo(13);
                assertThat(job.get("failed").intValue()).isEqualTo(1);
                assertThat(shop.get("/api/v1/clients?include=total")
                                .body()
                                .get("total")
                                .intValue())
                        .isEqualTo(13);
                assertThat(shop.get("/api/v1/imports/" + job.get("id").stringValue() + "/errors")
                                .text()
                                .lines()
                                .skip(1))
                        .extracting(l -> l.split(",")[2])
                        .containsExactly("7");
            } finally {
                owner.createStatement().execute("""
                        drop trigger import_chunks_test_refuse on clients;
                        drop function import_chunks_test_refuse();
                        """);
            }
        }
    }

    private static JsonNode finished(Api shop, String file) {
        var submitted = shop.postBytes("/api/v1/imports", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        return ImportTest.awaitJob(
                shop, submitted.header("Location"), j -> !j.get("finished_at").isNull());
    }
}
