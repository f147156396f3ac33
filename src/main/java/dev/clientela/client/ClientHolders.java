package dev.clientela.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who else holds what must be one client's alone: a document, an external code. */
@Repository
class ClientHolders {

    /**
     * Holds, until the transaction ends, the lock named {@code :document_lock} ({@link #lockName}), or
     * none when it is null: a query for a statement to take it in.
     */
    static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(cast(:document_lock as text), 0))";

    private final JdbcClient jdbc;

    ClientHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds, until the transaction ends, the lock named after this document of this tenant. */
    void lockDocument(UUID tenantId, ClientDocument d) {
        jdbc.sql(LOCK).param("document_lock", lockName(tenantId, d)).query().singleValue();
    }

    /**
     * The name of the lock that the writes bringing this document to a live client take, so that the
     * later one finds the earlier one's client; null for none (an anonymous document, no document).
     */
    static String lockName(UUID tenantId, ClientDocument d) {
        return d == null || d.anonymous() ? null : tenantId + "/" + d.country() + "/" + d.type() + "/" + d.number();
    }

    /** The live client holding this document, other than {@code except}. */
    Optional<UUID> holderOf(UUID tenantId, String country, String type, String number, UUID except) {
        return jdbc.sql("""
                        select id from clients where tenant_id = ? and doc_country = ? and doc_type = ?
                        and doc_number = ? and deleted_at is null and not doc_anonymous and id <> ?""")
                .params(tenantId, country, type, number, except)
                .query(UUID.class)
                .optional();
    }

    /** The live client with this external code, other than {@code except}. */
    Optional<UUID> withExternalCode(UUID tenantId, String externalCode, UUID except) {
        return jdbc.sql("""
                        select id from clients where tenant_id = ? and external_code = ? and deleted_at is null
                        and id <> ?""")
                .params(tenantId, externalCode, except)
                .query(UUID.class)
                .optional();
    }
}
