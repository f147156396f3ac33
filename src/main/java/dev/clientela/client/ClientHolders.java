package dev.clientela.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who else holds what must be one client's alone: a document, an external code. */
@Repository
class ClientHolders {

    private final JdbcClient jdbc;

    ClientHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds, until the transaction ends, a lock named after this document of this tenant. */
    void lockDocument(UUID tenantId, ClientDocument d) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(tenantId + "/" + d.country() + "/" + d.type() + "/" + d.number())
                .query()
                .singleValue();
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
