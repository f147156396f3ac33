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
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listing a tenant's clients, paged by keyset on the sort column. A query {@code q} in the default
 * order is the ranked search of {@link ClientSearch}; sorted otherwise, it only selects.
 */
@Repository
class ClientListing {

    private final JdbcClient jdbc;
    private final ClientRows clientRows;
    private final ClientSearch search;

    ClientListing(JdbcClient jdbc, ClientRows clientRows, ClientSearch search) {
        this.jdbc = jdbc;
        this.clientRows = clientRows;
        this.search = search;
    }

    Page<Client> list(UUID tenantId, ClientQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", tenantId);
        String filters = filters(query, params);
        if (query.q() == null) {
            return byKeyset(query, filters, params);
        }
        if (query.sort() == ClientQuery.Sort.RELEVANCE) {
            return search.search(tenantId, query, filters, params);
        }
        return byKeyset(query, filters + " and " + ClientSearch.matchCondition(query.q(), params), params);
    }

    private Page<Client> byKeyset(ClientQuery query, String filters, Map<String, Object> params) {
        ClientQuery.Sort sort = query.sort();
        String direction = sort.descending ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select " + ClientRows.COLUMNS + " from clients where " + filters);
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
        List<Client> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(clientRows.mapper())
                .list();
        boolean hasMore = rows.size() > query.limit();
        List<Client> page = hasMore ? rows.subList(0, query.limit()) : rows;
        String next = hasMore ? keysetCursor(sort, page.getLast()) : null;
        return new Page<>(page, hasMore, next, query.includeTotal() ? count(filters, params) : null);
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
        where.add(query.deleted() ? "deleted_at is not null and merged_into is null" : "deleted_at is null");
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
}
