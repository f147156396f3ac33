package dev.clientela.client;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * The look for candidates of a {@code duplicate_subject} ({@code id}, its duplicate {@code keys},
     * its {@code features}; no row when the write does not look), ending in the common table expression
     * {@code candidates}.
     *
     * <p>Each step is its own materialised expression because, folded into one query, PostgreSQL
     * evaluated each key's block twice (once to count it, once to read it: 2.4 of a write's 12 ms at
     * 50,000 clients) and worked out the written client's features once per candidate, and each
     * candidate's twice (for the score filter, again for the answer). The reasons are those of
     * {@code clientela_duplicate_reasons}, its two halves worked out once each.
     */
    private static final String LOOK = """
            duplicate_blocks as materialized (
                select k.id client_id, block.ids from duplicate_subject k
                cross join lateral unnest(k.keys) shared_key
                cross join lateral (
            """ + DuplicatePairs.BLOCK + """
                ) block),
            duplicate_ids as materialized (
                select unnest(ids) id from duplicate_blocks
                -- the client counts as one of those sharing the key, whether its row is in the snapshot
                -- of the statement (an update, a stored client) or not (a create)
                where cardinality(array_remove(ids, client_id)) < :largest
                union
                select c.id from clients c
                where c.tenant_id = :tenant and c.deleted_at is null
                    and c.doc_number = any(string_to_array(cast(:holder_numbers as text), ' '))
                    and exists (select 1 from duplicate_subject)),
            duplicate_reasons as materialized (
                select o.id, o.number, o.name,
                    case when o.doc_country || '/' || o.doc_type || '/' || o.doc_number
                              = any(string_to_array(cast(:holder_documents as text), ' '))
                         then array['same_document_other_type'] else '{}' end
                    || array_remove(clientela_duplicate_reasons_of(k.features, clientela_duplicate_features(o)),
                                    'same_document_other_type') reasons
                from duplicate_subject k
                join duplicate_ids i on i.id <> k.id
                join clients o on o.tenant_id = :tenant and o.id = i.id),
            candidates as (
                select id, number, name, reasons, clientela_duplicate_score(reasons) score from duplicate_reasons
                where clientela_duplicate_score(reasons) >= :duplicate_threshold
                order by score desc, number
                limit :duplicate_limit)""";

    /**
     * The candidates of the client just written, as a common table expression named {@code candidates}
     * to follow a {@code written} one returning the client's {@code id} and its whole row as {@code me}:
     * the statement that writes a client also says who may be it. Parameters from {@link #params}.
     */
    static final String AFTER_WRITTEN = """
            duplicate_subject as materialized (
                select id, (me).duplicate_keys keys, clientela_duplicate_features(me) features from written
                where cast(:look_for_duplicates as boolean)),
            """ + LOOK;

    /**
     * The candidates of a client about to be inserted ({@link ClientRows#values} and {@link #params}),
     * as {@code candidates}, from the values it is written with: its keys and features are those its
     * row will have (the generated column's {@code clientela_duplicate_keys} of the same columns), so
     * the look can come before the statement takes the tenant's client counter, which it then holds
     * only for the insert.
     */
    static final String BEFORE_INSERT = """
            duplicate_subject as materialized (
                select cast(:id as uuid) id,
                    clientela_duplicate_keys(cast(:name as text), cast(:phone_e164 as text), cast(:mobile_e164 as text),
                        cast(:email as text), cast(:doc_number as text), cast(:doc_anonymous as boolean),
                        cast(:address as jsonb)) keys,
                    clientela_duplicate_features(jsonb_populate_record(null::clients, jsonb_build_object(
                        'name', cast(:name as text), 'doc_country', cast(:doc_country as text),
                        'doc_type', cast(:doc_type as text), 'doc_number', cast(:doc_number as text),
                        'doc_anonymous', cast(:doc_anonymous as boolean), 'phone_e164', cast(:phone_e164 as text),
                        'mobile_e164', cast(:mobile_e164 as text), 'email', cast(:email as text),
                        'address', cast(:address as jsonb)))) features
                where cast(:look_for_duplicates as boolean)),
            """ + LOOK;

    /** The {@code candidates} of {@link #AFTER_WRITTEN} or {@link #BEFORE_INSERT} as one JSON array. */
    static final String FOUND = """
            (select coalesce(json_agg(json_build_object('client_id', id, 'number', number, 'name', name, 'score', score,
                'reasons', reasons) order by score desc, number), '[]') from candidates) candidates""";

    private final JdbcClient jdbc;
    private final ClientJson json;

    DuplicateCandidates(JdbcClient jdbc, ClientJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The candidates of a stored client. */
    List<Candidate> of(UUID tenantId, UUID clientId, List<ClientDocument> sameHolder, int limit) {
        return jdbc.sql("with written as (select id, clients me from clients where tenant_id = :tenant and id = :id),\n"
                        + AFTER_WRITTEN + "\nselect id, number, name, reasons, score from candidates"
                        + " order by score desc, number")
                .param("tenant", tenantId)
                .param("id", clientId)
                .params(params(true, sameHolder, limit))
                .query(DuplicateCandidates::map)
                .list();
    }

    /**
     * The parameters of {@link #AFTER_WRITTEN}: up to {@code limit} candidates when {@code look}, and
     * then also the clients holding a document that belongs to the same holder ({@code sameHolder}).
     */
    static Map<String, Object> params(boolean look, List<ClientDocument> sameHolder, int limit) {
        // canonical numbers, types and countries hold no spaces
        String holders = String.join(
                " ",
                sameHolder.stream()
                        .map(d -> d.country() + "/" + d.type() + "/" + d.number())
                        .toList());
        String numbers = String.join(
                " ", sameHolder.stream().map(ClientDocument::number).distinct().toList());
        return Map.of(
                "look_for_duplicates", look,
                "holder_documents", holders,
                "holder_numbers", numbers,
                "duplicate_threshold", WARN_FROM,
                "largest", DuplicatePairs.LARGEST_BLOCK,
                "duplicate_limit", limit);
    }

    /** The candidates {@link #FOUND} gave. */
    List<Candidate> read(String found) {
        return List.of(json.read(found, Candidate[].class));
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
