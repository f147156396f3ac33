-- Duplicates and merges. A merged client keeps its row (its documents, its number, its history
-- stays recorded) with status MERGED, the survivor in merged_into, and deleted_at set, so that every
-- read of live clients (lists, search, uniqueness of documents) already leaves it out.

alter table clients add column merged_into uuid;
alter table clients add constraint clients_merged_into_fk foreign key (tenant_id, merged_into)
    references clients (tenant_id, id);
alter table clients drop constraint clients_status_check;
alter table clients add constraint clients_status_check check (status in ('ACTIVE', 'INACTIVE', 'MERGED'));
alter table clients add constraint clients_merged_state check (
    (status = 'MERGED') = (merged_into is not null) and (merged_into is null or deleted_at is not null));
create index clients_merged_into_idx on clients (tenant_id, merged_into) where merged_into is not null;

alter table client_changes drop constraint client_changes_action_check;
alter table client_changes add constraint client_changes_action_check check (
    action in ('CREATE', 'UPDATE', 'ARCHIVE', 'DELETE', 'RESTORE', 'PURGE', 'MERGE', 'UNMERGE'));

-- A record written for a client while that client is being merged waits here for the merge (the
-- merge holds the client's row FOR UPDATE) and then goes to the survivor: never to a client that is
-- gone. merged_into is kept flat (a survivor merged later passes its merged clients on), so one hop
-- is enough.
create function clientela_follow_merge() returns trigger
    language plpgsql
    as $$
    declare
        survivor uuid;
    begin
        if new.client_id is not null then
            select merged_into into survivor from clients
            where tenant_id = new.tenant_id and id = new.client_id for key share;
            if survivor is not null then
                new.client_id := survivor;
            end if;
        end if;
        return new;
    end $$;

do $$
declare
    t text;
begin
    foreach t in array array['sales', 'quotations', 'invoices', 'bills', 'payment_plans']
    loop
        execute format('create trigger %I before insert or update of client_id on %I'
                       ' for each row execute function clientela_follow_merge()', t || '_follow_merge', t);
    end loop;
end $$;

-- Every merge: the survivor before it, each merged client's whole row, and the records re-pointed,
-- so that an undo puts every row back exactly.
create table client_merges (
    tenant_id               uuid not null references tenants (id),
    id                      uuid not null,
    survivor_id             uuid not null,
    merged_ids              uuid[] not null,
    keep                    jsonb not null,
    survivor_before         jsonb not null,
    survivor_after_version  bigint not null,
    merged_before           jsonb not null,
    repointed               jsonb not null,
    key_id                  uuid,
    request_id              text,
    merged_at               timestamptz not null,
    undone_at               timestamptz,
    undone_key_id           uuid,
    undone_request_id       text,
    primary key (tenant_id, id),
    constraint client_merges_survivor_fk foreign key (tenant_id, survivor_id) references clients (tenant_id, id)
);
create index client_merges_survivor_idx on client_merges (tenant_id, survivor_id, merged_at desc);

-- Puts a row of a client-keyed table back as it was saved with to_jsonb: every column but the keys,
-- whatever columns the table has by then.
create function clientela_restore_row(target regclass, state jsonb) returns integer
    language plpgsql
    as $$
    declare
        columns text;
        sources text;
        changed integer;
    begin
        select string_agg(quote_ident(attname), ', ' order by attnum),
               string_agg('r.' || quote_ident(attname), ', ' order by attnum)
        into columns, sources
        from pg_attribute
        where attrelid = target and attnum > 0 and not attisdropped and attgenerated = ''
          and attname not in ('tenant_id', 'id');
        execute format('update %s t set (%s) = (select %s from jsonb_populate_record(null::%s, $1) r)'
                       ' where t.tenant_id = ($1 ->> ''tenant_id'')::uuid and t.id = ($1 ->> ''id'')::uuid',
                       target, columns, sources, target)
            using state;
        get diagnostics changed = row_count;
        return changed;
    end $$;

-- Duplicate detection. A client's name compared as its folded words without particles, in any
-- order; its sound as Spanish is spoken (b/v, ll/y, c/s/z, silent h, qu/k, g/j before e and i).
create function clientela_name_words(name text) returns text[]
    language sql immutable parallel safe
    as $$
        select coalesce(array_agg(w order by w), '{}')
        from unnest(string_to_array(clientela_fold(name), ' ')) w
        where w not in ('', 'de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos')
    $$;

create function clientela_sound(word text) returns text
    language sql immutable parallel safe
    as $$
        select regexp_replace(
                   regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                   regexp_replace(regexp_replace(replace(replace(word, 'ch', '1'), 'h', ''),
                   'll', 'y', 'g'), 'v|w', 'b', 'g'), 'qu([ei])', 'k\1', 'g'), 'c([ei])', 's\1', 'g'),
                   'z', 's', 'g'), 'c', 'k', 'g'), 'g([ei])', 'j\1', 'g'), 'i$', 'y'),
                   '(.)\1+', '\1', 'g')
    $$;

create function clientela_name_sound(name text) returns text
    language sql immutable parallel safe
    as $$
        select coalesce(string_agg(s, ' ' order by s), '')
        from (select clientela_sound(w) s from unnest(clientela_name_words(name)) w) sounds
    $$;

-- The numbers one digit or one swap of neighbours away from this one meet it at one of these keys.
create function clientela_document_neighbours(doc text) returns text[]
    language sql immutable parallel safe
    as $$
        select case when doc is null or length(doc) < 6 or length(doc) > 20 then '{}'::text[] else
            array(select 'd' || overlay(doc placing '?' from i for 1) from generate_series(1, length(doc)) i)
            || array(select 't' || overlay(doc placing
                        least(substr(doc, i, 1), substr(doc, i + 1, 1)) || greatest(substr(doc, i, 1), substr(doc, i + 1, 1))
                        || '~' from i for 2)
                     from generate_series(1, length(doc) - 1) i where substr(doc, i, 1) <> substr(doc, i + 1, 1))
        end
    $$;

-- Common mail providers say nothing about who shares them.
create function clientela_email_domain(email text) returns text
    language sql immutable parallel safe
    as $$
        select nullif(d, '') from (select lower(split_part(btrim(email), '@', 2)) d) x
        where d not in ('gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'yahoo.es', 'live.com',
                        'icloud.com', 'hotmail.es', 'msn.com', 'protonmail.com', 'aol.com')
    $$;

-- The blocking keys: two clients are compared only when they share one. Phones, email, the whole
-- name's sound, the document number and its neighbours, and each pair of name sounds in a city.
create function clientela_duplicate_keys(name text, phone_e164 text, mobile_e164 text, email text,
                                         doc_number text, doc_anonymous boolean, address jsonb)
    returns text[]
    language sql immutable parallel safe
    as $$
        select array(select distinct k from unnest(
            array['p' || phone_e164, 'p' || mobile_e164, 'e' || lower(btrim(email)),
                  'n' || nullif(clientela_name_sound(name), ''),
                  case when not doc_anonymous then 'D' || doc_number end]
            || case when doc_anonymous then '{}'::text[] else clientela_document_neighbours(doc_number) end
            || array(select 'c' || a || ' ' || b || '|' || clientela_fold(address ->> 'city')
                     from unnest(string_to_array(clientela_name_sound(name), ' ')) a,
                          unnest(string_to_array(clientela_name_sound(name), ' ')) b
                     where a < b and length(a) > 2 and length(b) > 2 and clientela_fold(address ->> 'city') <> '')
        ) k where k is not null)
    $$;

alter table clients add column duplicate_keys text[] generated always as (
    clientela_duplicate_keys(name, phone_e164, mobile_e164, email, doc_number, doc_anonymous, address)) stored;
create index clients_duplicate_keys_idx on clients using gin (tenant_id, duplicate_keys) where deleted_at is null;

-- Why two clients may be the same holder, each reason with its weight; the score combines the
-- weights as independent evidence (1 - the product of 1 - weight).
create function clientela_duplicate_reasons(a clients, b clients) returns text[]
    language sql stable parallel safe
    as $$
        select array_remove(array[
            case when a.doc_number = b.doc_number and not a.doc_anonymous and not b.doc_anonymous
                      and (a.doc_type, a.doc_country) is distinct from (b.doc_type, b.doc_country)
                 then 'same_document_other_type' end,
            case when a.doc_number <> b.doc_number and not a.doc_anonymous and not b.doc_anonymous
                      and clientela_document_neighbours(a.doc_number) && clientela_document_neighbours(b.doc_number)
                 then 'document_typo' end,
            case when a.phone_e164 in (b.phone_e164, b.mobile_e164) or a.mobile_e164 in (b.phone_e164, b.mobile_e164)
                 then 'same_phone' end,
            case when lower(btrim(a.email)) = lower(btrim(b.email)) then 'same_email' end,
            case when clientela_name_words(a.name) = clientela_name_words(b.name) then 'same_name' end,
            case when clientela_name_words(a.name) <> clientela_name_words(b.name)
                      and (clientela_name_sound(a.name) = clientela_name_sound(b.name)
                           or similarity(array_to_string(clientela_name_words(a.name), ' '),
                                         array_to_string(clientela_name_words(b.name), ' ')) >= 0.6)
                 then 'similar_name' end,
            case when clientela_fold(a.address ->> 'city') <> '' and clientela_fold(a.address ->> 'city') = clientela_fold(b.address ->> 'city')
                 then 'same_city' end,
            case when left(coalesce(a.phone_e164, a.mobile_e164), 7) = left(coalesce(b.phone_e164, b.mobile_e164), 7)
                 then 'same_phone_prefix' end,
            case when clientela_email_domain(a.email) = clientela_email_domain(b.email) then 'same_email_domain' end
        ], null)
    $$;

create function clientela_duplicate_score(reasons text[]) returns numeric
    language sql immutable parallel safe
    as $$
        select case when not (reasons && array['same_document_other_type', 'document_typo', 'same_phone', 'same_email',
                                                'same_name', 'similar_name'])
                    then 0 else
            round(1 - exp(sum(ln(1 - case r
                when 'same_document_other_type' then 0.95
                when 'same_email' then 0.7
                when 'same_phone' then 0.6
                when 'same_name' then 0.5
                when 'document_typo' then 0.5
                when 'similar_name' then 0.3
                -- a shared place only counts beside a name that agrees
                else case when reasons && array['same_name', 'similar_name'] then 0.3 else 0 end
            end)))::numeric, 3) end
        from unnest(reasons) r
    $$;

-- The duplicate report: pairs found in the background, the pairs staff said are different people,
-- and how far each tenant's clients have been looked at.
create table duplicate_pairs (
    tenant_id  uuid not null references tenants (id),
    client_a   uuid not null,
    client_b   uuid not null,
    score      numeric(4, 3) not null,
    reasons    text[] not null,
    primary key (tenant_id, client_a, client_b),
    check (client_a < client_b)
);
create index duplicate_pairs_b_idx on duplicate_pairs (tenant_id, client_b);

create table duplicate_dismissals (
    tenant_id     uuid not null references tenants (id),
    client_a      uuid not null,
    client_b      uuid not null,
    key_id        uuid,
    dismissed_at  timestamptz not null,
    primary key (tenant_id, client_a, client_b),
    check (client_a < client_b)
);

create table duplicate_scans (
    tenant_id      uuid primary key references tenants (id),
    scanned_until  timestamptz not null
);

do $$
declare
    t text;
begin
    foreach t in array array['client_merges', 'duplicate_pairs', 'duplicate_dismissals', 'duplicate_scans']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The tenants with clients written since the report last looked at them.
create function clientela_tenants_with_unscanned_clients() returns setof uuid
    language sql stable security definer set search_path = public
    as $$
        select t.id from tenants t
        left join duplicate_scans s on s.tenant_id = t.id
        where exists (select 1 from clients c where c.tenant_id = t.id
                      and c.updated_at > coalesce(s.scanned_until, '-infinity'))
    $$;

revoke execute on function clientela_tenants_with_unscanned_clients() from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_tenants_with_unscanned_clients() to ${app_role}';
    end if;
end $$;
