-- Search by words (issue 12). Every word a client is found by is a row of client_words, kept in the
-- same transaction as the client row; the btree on (tenant_id, word, name_key, number) answers a
-- word prefix as one range scan already in name order, however many clients share the prefix.
-- Identifier words carry a mark so that no name word can match them: '#' before a document number
-- or phone digits, '@' before an email address. Words of deleted clients stay (a restore needs
-- nothing): a search joins the client row, which it needs anyway for its filters.

create extension if not exists fuzzystrmatch;

create table client_words (
    tenant_id  uuid not null,
    client_id  uuid not null,
    word       text collate "C" not null,
    name_key   text collate "C" not null,
    number     bigint not null,
    primary key (tenant_id, client_id, word),
    foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade
);
create index client_words_word_idx on client_words (tenant_id, word, name_key, number) include (client_id);

-- Every name word ever stored in a tenant, for typo tolerance: a query word's neighbours are found
-- among the words sharing its first two letters, its last two, or (two edits) its middle.
create table client_dictionary (
    tenant_id  uuid not null,
    word       text collate "C" not null,
    primary key (tenant_id, word)
);
create index client_dictionary_suffix_idx on client_dictionary (tenant_id, reverse(word) collate "C");
create index client_dictionary_trgm_idx on client_dictionary using gin (tenant_id, word gin_trgm_ops);

do $$
declare
    t text;
begin
    foreach t in array array['client_words', 'client_dictionary']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The service computes words in Java (SearchWords); these functions compute the same words in SQL
-- for rows that were never written by the service: the clients stored before this migration, and
-- rows loaded in bulk with COPY.

-- SearchText.fold: accents, case and punctuation folded away.
create function clientela_fold(text) returns text
    language sql immutable parallel safe
    as $$
        select btrim(regexp_replace(translate(lower(regexp_replace(normalize(coalesce($1, ''), NFKD),
            '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')), 'ßøæđ', 'soad'),
            '[^a-z0-9]+', ' ', 'g'))
    $$;

-- The national significant number of an E.164 number: what follows its country calling code
-- (one digit for 1 and 7, two for the codes listed, three for every other). Written as cases, not
-- one alternation, because a POSIX regular expression prefers the longest alternative; and as one
-- expression, so that it is inlined (with a FROM clause, filling the words of 60,000 clients took
-- minutes instead of 20 seconds).
create function clientela_national_number(e164 text) returns text
    language sql immutable parallel safe
    as $$
        select case when ltrim(e164, '+') !~ '^[0-9]{4,}$' then null
                    when ltrim(e164, '+') ~ '^[17]' then substr(ltrim(e164, '+'), 2)
                    when ltrim(e164, '+') ~ '^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])'
                        then substr(ltrim(e164, '+'), 3)
                    else substr(ltrim(e164, '+'), 4) end
    $$;

create function clientela_search_words(name text, legal_name text, trade_name text, doc_number text,
                                       phone text, phone_e164 text, mobile text, mobile_e164 text,
                                       email text)
    returns setof text
    language sql immutable parallel safe
    as $$
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
    $$;

insert into client_words (tenant_id, client_id, word, name_key, number)
select c.tenant_id, c.id, w, c.name_key, c.number
from clients c,
     clientela_search_words(c.name, c.legal_name, c.trade_name, c.doc_number, c.phone, c.phone_e164, c.mobile,
                            c.mobile_e164, c.email) w;

insert into client_dictionary (tenant_id, word)
select distinct tenant_id, word from client_words where word ~ '^[a-z0-9]';

-- The trigram index on search_text served the substring search that word prefixes replace; it was
-- the most expensive index to write.
drop index clients_search_idx;
