package dev.clientela.client;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live clients that may be the same holder as a stored one, scored, in one statement: those
 * sharing a blocking key with it (its {@code duplicate_keys}, found by their GIN index, a key at a time:
 * a key more than {@link DuplicatePairs#LARGEST_BLOCK} clients share tells nothing, as in the report,
 * and is not read past that many), and those
 * holding a document the document catalogue says belongs to the same holder. The reasons and the
 * score are the migration's {@code clientela_duplicate_reasons} and {@code clientela_duplicate_score},
 * which the background report uses too.
 */
@Repository
class DuplicateCandidates {

    /** Below this, a pair is not worth a warning: a shared place or a lone weak sign. */
    static final BigDecimal WARN_FROM = new BigDecimal("0.5");

    private static final String CANDIDATES = """
                        select id, number, name, reasons, clientela_duplicate_score(reasons) score from (
                            select o.id, o.number, o.name,
                                case when o.doc_country || '/' || o.doc_type || '/' || o.doc_number = any(string_to_array(cast(:holders as text), ' '))
                                     then array['same_document_other_type'] else '{}' end
                                || array_remove(clientela_duplicate_reasons(me, o), 'same_document_other_type') reasons
                            from clients me
                            join clients o on o.tenant_id = me.tenant_id and o.id <> me.id and o.id in (
                                select unnest(block.ids) from clients k
                                cross join lateral unnest(k.duplicate_keys) shared_key
                                cross join lateral (
""" + DuplicatePairs.BLOCK + """
                                ) block
                                where k.tenant_id = :tenant and k.id = :id and cardinality(block.ids) <= :largest
                                union
                                select c.id from clients c
                                where c.tenant_id = :tenant and c.deleted_at is null and c.doc_number = any(string_to_array(cast(:numbers as text), ' ')))
                            where me.tenant_id = :tenant and me.id = :id) scored
                        where clientela_duplicate_score(reasons) >= :threshold
                        order by score desc, number
                        limit :limit""";

    private final JdbcClient jdbc;

    DuplicateCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> of(UUID tenantId, UUID clientId, List<ClientDocument> sameHolder, int limit) {
        // canonical numbers, types and countries hold no spaces
        String holders = String.join(
                " ",
                sameHolder.stream()
                        .map(d -> d.country() + "/" + d.type() + "/" + d.number())
                        .toList());
        String numbers = String.join(
                " ", sameHolder.stream().map(ClientDocument::number).distinct().toList());
        return jdbc.sql(CANDIDATES)
                .param("tenant", tenantId)
                .param("id", clientId)
                .param("holders", holders)
                .param("numbers", numbers)
                .param("threshold", WARN_FROM)
                .param("largest", DuplicatePairs.LARGEST_BLOCK)
                .param("limit", limit)
                .query(DuplicateCandidates::map)
                .list();
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getString("name"),
                rs.getBigDecimal("score"),
                reasons(rs.getArray("reasons")));
    }

    static List<String> reasons(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    record Candidate(UUID clientId, long number, String name, BigDecimal score, List<String> reasons) {}
}
