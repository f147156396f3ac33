package dev.clientela.imports;

import dev.clientela.web.FieldError;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The refused rows of an import: each row's cells as written and every error it got. */
@Repository
class ImportErrors {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportErrors(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertAll(UUID tenantId, UUID jobId, List<Refused> refused) {
        if (refused.isEmpty()) {
            return;
        }
        String[] lines = new String[refused.size()];
        String[] cells = new String[refused.size()];
        String[] errors = new String[refused.size()];
        for (int i = 0; i < refused.size(); i++) {
            lines[i] = String.valueOf(refused.get(i).line());
            cells[i] = json.writeValueAsString(refused.get(i).cells());
            errors[i] = json.writeValueAsString(refused.get(i).errors());
        }
        jdbc.sql("""
                        insert into import_errors (tenant_id, job_id, line, cells, errors)
                        select ?, ?, r.line, cast(r.cells as jsonb), cast(r.errors as jsonb)
                        from unnest(cast(? as integer[]), cast(? as text[]), cast(? as text[])) as r(line, cells, errors)
                        on conflict do nothing""").params(tenantId, jobId, lines, cells, errors).update();
    }

    Set<Integer> lines(UUID tenantId, UUID jobId) {
        return new HashSet<>(jdbc.sql("select line from import_errors where tenant_id = ? and job_id = ?")
                .params(tenantId, jobId)
                .query(Integer.class)
                .list());
    }

    /** Every refused row in line order, read as it is handed on. */
    void forEach(UUID tenantId, UUID jobId, Consumer<Refused> each) {
        jdbc.sql(
                        "select line, cells::text, errors::text from import_errors where tenant_id = ? and job_id = ? order by line")
                .params(tenantId, jobId)
                .query(rs -> {
                    each.accept(new Refused(
                            rs.getInt(1),
                            List.of(json.readValue(rs.getString(2), String[].class)),
                            List.of(json.readValue(rs.getString(3), FieldError[].class))));
                });
    }

    record Refused(int line, List<String> cells, List<FieldError> errors) {}
}
