package dev.clientela.client;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The words table that search reads: every word a client is found by, kept with the client row. */
@Repository
class ClientWords {

    private final JdbcClient jdbc;

    ClientWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the words the client is found by, in the transaction that wrote the client: words it
     * no longer has are deleted, new ones inserted, kept ones touched only when the name changed.
     * New name words join the tenant's dictionary, which typo tolerance searches.
     */
    Client write(UUID tenantId, Client c) {
        var words = SearchWords.of(c);
        jdbc.sql("""
                        with new_words as (select unnest(string_to_array(:words, ' ')) collate "C" as word),
                        gone as (
                            delete from client_words x where x.tenant_id = :tenant and x.client_id = :id
                            and x.word not in (select word from new_words)),
                        known as (
                            insert into client_dictionary (tenant_id, word)
                            select :tenant, word from new_words where word ~ '^[a-z0-9]'
                            on conflict do nothing)
                        insert into client_words (tenant_id, client_id, word, name_key, number)
                        select :tenant, :id, word, :name_key, :number from new_words
                        on conflict (tenant_id, client_id, word) do update set name_key = excluded.name_key
                        where client_words.name_key <> excluded.name_key""")
                .param("tenant", tenantId)
                .param("id", c.id())
                .param("words", String.join(" ", words))
                .param("name_key", SearchText.fold(c.name()))
                .param("number", c.number())
                .update();
        return c;
    }
}
