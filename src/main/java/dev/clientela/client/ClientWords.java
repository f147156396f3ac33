package dev.clientela.client;

import java.util.Map;
import java.util.Set;

/** The words table that search reads: every word a client is found by, kept with the client row. */
final class ClientWords {

    /**
     * Writes the words the client is found by, in the statement that wrote the client: words it no
     * longer has are deleted, new ones inserted, kept ones touched only when the name changed (an
     * insert of every word with {@code on conflict do update ... where} the name changed locked each
     * kept row, a write of its page: an update of a phone wrote all fourteen rows of a client). New
     * name words join the tenant's dictionary, which typo tolerance searches. Common table
     * expressions to follow a {@code written} one that returns the client's {@code id} and
     * {@code number}, so that a client and its words cost one round trip; {@code :words},
     * {@code :name_key} and {@code :words_changed} come from {@link #params(Client)} or
     * {@link #params(Client, Client)}. An update that changes nothing a client is found by (its notes,
     * its address, its status) writes no words: each of them would have probed the words' three
     * indexes, at a million clients mostly pages not in memory.
     */
    static final String AFTER_WRITTEN = """
            new_words as (select unnest(string_to_array(:words, ' ')) collate "C" as word),
            gone as (
                delete from client_words x using written w where cast(:words_changed as boolean)
                and x.tenant_id = :tenant and x.client_id = w.id and x.word not in (select word from new_words)),
            known as (
                insert into client_dictionary (tenant_id, word)
                select :tenant, word from new_words
                where cast(:words_changed as boolean) and word ~ '^[a-z0-9]' and exists (select 1 from written)
                on conflict do nothing),
            renamed as (
                update client_words x set name_key = :name_key from written w where cast(:words_changed as boolean)
                and x.tenant_id = :tenant and x.client_id = w.id and x.name_key <> :name_key
                and x.word in (select word from new_words)),
            indexed as (
                insert into client_words (tenant_id, client_id, word, name_key, number)
                select :tenant, w.id, n.word, :name_key, w.number from written w, new_words n
                where cast(:words_changed as boolean)
                on conflict (tenant_id, client_id, word) do nothing)""";

    private ClientWords() {}

    /** The words of a client written whole (a create, a merge, a restore). */
    static Map<String, Object> params(Client c) {
        return params(SearchWords.of(c), SearchText.fold(c.name()), true);
    }

    /** The words of {@code after} written over {@code before}: none when they are the same words and name. */
    static Map<String, Object> params(Client before, Client after) {
        Set<String> words = SearchWords.of(after);
        String nameKey = SearchText.fold(after.name());
        boolean same = words.equals(SearchWords.of(before)) && nameKey.equals(SearchText.fold(before.name()));
        return params(words, nameKey, !same);
    }

    private static Map<String, Object> params(Set<String> words, String nameKey, boolean changed) {
        return Map.of("words", String.join(" ", words), "name_key", nameKey, "words_changed", changed);
    }
}
