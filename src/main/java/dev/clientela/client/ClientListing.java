package dev.clientela.client;

import dev.clientela.web.ApiProblem;
import dev.clientela.web.Page;
import dev.clientela.web.PageCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listing and searching a tenant's clients. Plain listings page by keyset on the sort column; a
 * search ranks exact document, phone or email matches first, then names starting with the query,
 * then any other match, each tier read in name order from its own index.
 */
@Repository
class ClientListing {

    private static final int MIN_SUBSTRING = 3;

    /**
     * The "other matches" tier is read from the first this-many substring matches the trigram index
     * finds, then put in name order: ordering every match of a common fragment by name (a million
     * clients, "ext" in 9,000 names at the end of the alphabet) took seconds. The matches are a
     * materialized CTE so that the planner chooses its plan for all of them (the trigram index)
     * rather than for the first few under the limit (a sequential scan that may read the whole
     * tenant when the matches sit together), while rows are still fetched only as far as needed.
     */
    private static final int REST_CAP = 1000;

    private final JdbcClient jdbc;
    private final Clients clients;

    ClientListing(JdbcClient jdbc, Clients clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    Page<Client> list(UUID tenantId, ClientQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", tenantId);
        String filters = filters(query, params);
        if (query.q() == null) {
            return byKeyset(query, filters, params);
        }
        if (query.sort() == ClientQuery.Sort.RELEVANCE) {
            return bySearch(query, filters, params);
        }
        return byKeyset(query, filters + " and " + searchTerms(query, params).anyMatch(), params);
    }

    /** The conditions a query {@code q} puts on clients, its values added to {@code params}. */
    private static SearchTerms searchTerms(ClientQuery query, Map<String, Object> params) {
        String folded = SearchText.fold(query.q());
        boolean numeric = SearchText.isNumeric(query.q());
        String compact = numeric ? SearchText.digits(query.q()) : folded.replace(" ", "");
        params.put("exact_doc", compact.toUpperCase(Locale.ROOT));
        params.put("exact_digits", numeric ? compact : "-");
        params.put("exact_email", query.q().strip().toLowerCase(Locale.ROOT));
        params.put("prefix", like(folded) + "%");
        params.put("pattern", "%" + like(numeric ? compact : folded) + "%");
        params.put("pattern_compact", "%" + like(compact) + "%");
        String exact = "(doc_number = :exact_doc or phone_digits = :exact_digits or mobile_digits = :exact_digits"
                + " or lower(email) = :exact_email)";
        String substring = compact.length() >= MIN_SUBSTRING
                ? "(search_text like :pattern or search_text like :pattern_compact)"
                : "false";
        return new SearchTerms(exact, substring);
    }

    /** Exact matches (document, phone, email), and substring matches ("false" for a query too short). */
    private record SearchTerms(String exact, String substring) {
        String anyMatch() {
            return "(" + exact + " or name_key like :prefix or " + substring + ")";
        }
    }

    private Page<Client> byKeyset(ClientQuery query, String filters, Map<String, Object> params) {
        ClientQuery.Sort sort = query.sort();
        String direction = sort.descending ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select " + Clients.COLUMNS + " from clients where " + filters);
        PageCursor cursor = query.cursor();
        if (cursor != null && cursor.key() != null) {
            sql.append(" and (")
                    .append(sort.column)
                    .append(", id) ")
                    .append(sort.descending ? "<" : ">")
                    .append(" (:after_key, :after_id)");
            params.put("after_key", sort.column.equals("name_key") ? cursor.key() : timestamp(cursor.key()));
            params.put("after_id", cursorId(cursor));
        }
        sql.append(" order by ")
                .append(sort.column)
                .append(' ')
                .append(direction)
                .append(", id ")
                .append(direction);
        sql.append(" limit :limit offset :offset");
        params.put("limit", query.limit() + 1);
        params.put("offset", cursor == null ? query.offset() : 0);
        List<Client> rows =
                jdbc.sql(sql.toString()).params(params).query(clients.mapper()).list();
        boolean hasMore = rows.size() > query.limit();
        List<Client> page = hasMore ? rows.subList(0, query.limit()) : rows;
        String next = hasMore ? keysetCursor(sort, page.getLast()) : null;
        return new Page<>(page, hasMore, next, query.includeTotal() ? count(filters, params) : null);
    }

    private Page<Client> bySearch(ClientQuery query, String filters, Map<String, Object> params) {
        SearchTerms terms = searchTerms(query, params);
        // A search's best plan depends on its pattern ('ana' matches a tenth of a tenant, 'zoila'
        // a handful): plan each one for its own values, never with a generic plan cached by the
        // driver after a few executions. Local to the listing's transaction.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        long offset = query.cursor() == null ? query.offset() : query.cursor().offset();
        int window = (int) Math.min(offset + query.limit() + 1, Integer.MAX_VALUE);
        params.put("window", window);
        params.put("rest_cap", Math.max(REST_CAP, window));
        params.put("limit", query.limit() + 1);
        params.put("offset", offset);
        String sql = """
                with exact as (
                    select id, 0 as tier, name_key from clients where %1$s and %2$s),
                prefix as (
                    select id, 1 as tier, name_key from clients where %1$s and name_key like :prefix
                    order by name_key, id limit :window),
                substring_matches as materialized (
                    select id, name_key from clients where %1$s and %3$s),
                rest as (
                    select id, 2 as tier, name_key from (select * from substring_matches limit :rest_cap) found
                    order by name_key, id limit :window),
                ranked as (
                    select distinct on (id) id, tier, name_key
                    from (select * from exact union all select * from prefix union all select * from rest) m
                    order by id, tier)
                select %4$s, r.tier from ranked r join clients c on c.tenant_id = :tenant and c.id = r.id
                order by r.tier, r.name_key, r.id limit :limit offset :offset""".formatted(filters, terms.exact(), terms.substring(), prefixed(Clients.COLUMNS));
        List<Client> rows = jdbc.sql(sql).params(params).query(clients.mapper()).list();
        boolean hasMore = rows.size() > query.limit();
        List<Client> page = hasMore ? rows.subList(0, query.limit()) : rows;
        String next = hasMore ? new PageCursor("relevance", null, null, offset + query.limit()).encode() : null;
        Long total = null;
        if (query.includeTotal()) {
            String where = filters + " and " + terms.anyMatch();
            total = count(where, params);
        }
        return new Page<>(page, hasMore, next, total);
    }

    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from clients where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String filters(ClientQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("tenant_id = :tenant");
        where.add(query.deleted() ? "deleted_at is not null" : "deleted_at is null");
        add(where, params, "doc_number = :document_number", "document_number", query.documentNumber());
        add(where, params, "doc_type = :document_type", "document_type", query.documentType());
        add(where, params, "doc_country = :document_country", "document_country", query.documentCountry());
        add(
                where,
                params,
                "status = :status",
                "status",
                query.status() == null ? null : query.status().name());
        add(
                where,
                params,
                "kind = :kind",
                "kind",
                query.kind() == null ? null : query.kind().name());
        add(where, params, "external_code = :external_code", "external_code", query.externalCode());
        add(
                where,
                params,
                "updated_at >= :updated_since",
                "updated_since",
                query.updatedSince() == null ? null : OffsetDateTime.ofInstant(query.updatedSince(), ZoneOffset.UTC));
        add(where, params, "number = :number", "number", query.number());
        return String.join(" and ", where);
    }

    private static void add(
            List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static String keysetCursor(ClientQuery.Sort sort, Client last) {
        String key = switch (sort.column) {
            case "name_key" -> SearchText.fold(last.name());
            case "created_at" -> last.createdAt().toString();
            default -> last.updatedAt().toString();
        };
        return new PageCursor(sort.parameter, key, last.id().toString(), 0).encode();
    }

    private static Object timestamp(String key) {
        try {
            return OffsetDateTime.ofInstant(Instant.parse(key), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw badCursor();
        }
    }

    private static UUID cursorId(PageCursor cursor) {
        try {
            return UUID.fromString(cursor.id());
        } catch (RuntimeException e) {
            throw badCursor();
        }
    }

    private static ApiProblem badCursor() {
        return ApiProblem.invalid("cursor", "invalid_value", "is not a cursor this service gave out");
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String prefixed(String columns) {
        return String.join(
                ", ",
                java.util.Arrays.stream(columns.split(","))
                        .map(String::strip)
                        .map(column -> "c." + column)
                        .toList());
    }
}
