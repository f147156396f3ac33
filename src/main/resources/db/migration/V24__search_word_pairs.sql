-- Pair words (issue 12): each two distinct name words of a client are also one word of
-- client_words, '+' and both in order joined by '+' ('+lopez+maria'). A query of two common
-- words ('lopez ma': 25,000 clients of "lopez", 190,000 words starting "ma" in a million clients)
-- is then read from the few pairs of the words the query words start ('+lopez+maria',
-- '+lopez+marin', ...), each a range of the word index already in name order, instead of
-- intersecting two lists of tens of thousands. No query word can match a pair word: a query word
-- is folded to letters and digits, and '+' sorts before both. A client with more than 24 name
-- words (SearchWords.MAX_PAIRED) has the one word '+' instead, and a search its words match is
-- answered without pairs.

-- The pair words of a client's name words, as SearchWords.pairs makes them.
create function clientela_word_pairs(names text[]) returns setof text
    language sql immutable parallel safe
    as $$
        select '+' where cardinality(names) > 24
        union all
        select '+' || a || '+' || b
        from unnest(names) a, unnest(names) b
        where a collate "C" < b collate "C" and cardinality(names) <= 24
    $$;

create or replace function clientela_search_words(name text, legal_name text, trade_name text, doc_number text,
                                                  phone text, phone_e164 text, mobile text, mobile_e164 text,
                                                  email text)
    returns setof text
    language sql immutable parallel safe
    as $$
        with words as (
            select distinct w from (
                select unnest(string_to_array(clientela_fold(n), ' ')) as w
                from unnest(array[name, legal_name, trade_name]) n
                union all
                select unnest(string_to_array(clientela_fold(regexp_replace(n, '[''’‘`´]', '', 'g')), ' '))
                from unnest(array[name, legal_name, trade_name]) n
                union all
                select '#' || replace(clientela_fold(doc_number), ' ', '')
                union all
                select '#' || nullif(regexp_replace(p, '[^0-9]', '', 'g'), '') from unnest(array[phone, mobile]) p
                union all
                select '#' || ltrim(p, '+') from unnest(array[phone_e164, mobile_e164]) p
                union all
                select '#' || clientela_national_number(p) from unnest(array[phone_e164, mobile_e164]) p
                union all
                select '@' || lower(btrim(email))
            ) words
            where w is not null and w not in ('', '#', '@')
        )
        select w from words
        union all
        select clientela_word_pairs(array(select w from words where w ~ '^[a-z0-9]'))
    $$;

-- The pairs of the clients stored before this migration, from their name words.
insert into client_words (tenant_id, client_id, word, name_key, number)
select n.tenant_id, n.client_id, p, n.name_key, n.number
from (
    select tenant_id, client_id, min(name_key) as name_key, min(number) as number,
           array_agg(word) filter (where word ~ '^[a-z0-9]') as names
    from client_words
    group by tenant_id, client_id
) n,
clientela_word_pairs(n.names) p
on conflict do nothing;
