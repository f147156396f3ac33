-- The duplicate keys of a client are computed on every write of it (a generated column), so they
-- must be cheap: as SQL functions with FROM clauses they were planned and run once per call, and the
-- name's sound was worked out three times per client (560 µs a client; COPY of a million clients took
-- eight minutes). The same results, each part computed once: 72 µs a client.

create or replace function clientela_name_sound(name text) returns text
    language plpgsql immutable parallel safe
    as $$
    declare
        word text;
        sounds text[] := '{}';
    begin
        foreach word in array string_to_array(clientela_fold(name), ' ') loop
            if word not in ('', 'de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos') then
                sounds := sounds || clientela_sound(word);
            end if;
        end loop;
        return coalesce((select string_agg(s, ' ' order by s) from unnest(sounds) s), '');
    end $$;

create or replace function clientela_duplicate_keys(name text, phone_e164 text, mobile_e164 text, email text,
                                                    doc_number text, doc_anonymous boolean, address jsonb)
    returns text[]
    language plpgsql immutable parallel safe
    as $$
    declare
        sound constant text := clientela_name_sound(name);
        city constant text := clientela_fold(address ->> 'city');
        keys text[] := array['p' || phone_e164, 'p' || mobile_e164, 'e' || lower(btrim(email)),
                             'n' || nullif(sound, '')];
        sounds text[];
    begin
        if not doc_anonymous then
            keys := keys || ('D' || doc_number) || clientela_document_neighbours(doc_number);
        end if;
        if city <> '' then
            sounds := string_to_array(sound, ' ');
            keys := keys || array(select 'c' || a || ' ' || b || '|' || city
                                  from unnest(sounds) a, unnest(sounds) b
                                  where a < b and length(a) > 2 and length(b) > 2);
        end if;
        return array(select distinct k from unnest(keys) k where k is not null order by k);
    end $$;

-- What two clients are compared on, worked out once per client: comparing a pair is then a handful of
-- equalities (the report's first pass of a million clients compares some seventeen million pairs).
create type clientela_duplicate_features as (
    doc_number      text,
    doc_anonymous   boolean,
    doc_type        text,
    doc_country     text,
    doc_neighbours  text[],
    phone_e164      text,
    mobile_e164     text,
    email           text,
    name_words      text[],
    name_text       text,
    name_sound      text,
    city            text,
    phone_prefix    text,
    email_domain    text
);

create function clientela_duplicate_features(c clients) returns clientela_duplicate_features
    language plpgsql immutable parallel safe
    as $$
    declare
        words constant text[] := clientela_name_words(c.name);
    begin
        return row(c.doc_number, c.doc_anonymous, c.doc_type, c.doc_country,
                   clientela_document_neighbours(c.doc_number), c.phone_e164, c.mobile_e164,
                   lower(btrim(c.email)), words, array_to_string(words, ' '), clientela_name_sound(c.name),
                   clientela_fold(c.address ->> 'city'), left(coalesce(c.phone_e164, c.mobile_e164), 7),
                   clientela_email_domain(c.email))::clientela_duplicate_features;
    end $$;

-- One expression, so that PostgreSQL inlines it into the query that compares the pairs.
create function clientela_duplicate_reasons_of(a clientela_duplicate_features, b clientela_duplicate_features)
    returns text[]
    language sql immutable parallel safe
    as $$
        select array_remove(array[
            case when a.doc_number = b.doc_number and not a.doc_anonymous and not b.doc_anonymous
                      and (a.doc_type, a.doc_country) is distinct from (b.doc_type, b.doc_country)
                 then 'same_document_other_type' end,
            case when a.doc_number <> b.doc_number and not a.doc_anonymous and not b.doc_anonymous
                      and a.doc_neighbours && b.doc_neighbours
                 then 'document_typo' end,
            case when a.phone_e164 in (b.phone_e164, b.mobile_e164) or a.mobile_e164 in (b.phone_e164, b.mobile_e164)
                 then 'same_phone' end,
            case when a.email = b.email then 'same_email' end,
            case when a.name_words = b.name_words then 'same_name' end,
            case when a.name_words <> b.name_words
                      and (a.name_sound = b.name_sound or similarity(a.name_text, b.name_text) >= 0.6)
                 then 'similar_name' end,
            case when a.city <> '' and a.city = b.city then 'same_city' end,
            case when a.phone_prefix = b.phone_prefix then 'same_phone_prefix' end,
            case when a.email_domain = b.email_domain then 'same_email_domain' end
        ], null)
    $$;

create or replace function clientela_duplicate_reasons(a clients, b clients) returns text[]
    language sql stable parallel safe
    as $$
        select clientela_duplicate_reasons_of(clientela_duplicate_features(a), clientela_duplicate_features(b))
    $$;

-- The same weights as independent evidence, as one exact product instead of a sum of logarithms.
create or replace function clientela_duplicate_score(reasons text[]) returns numeric
    language sql immutable parallel safe
    as $$
        select case when not (reasons && array['same_document_other_type', 'document_typo', 'same_phone', 'same_email',
                                                'same_name', 'similar_name'])
                    then 0::numeric else
            round(1 - case when 'same_document_other_type' = any(reasons) then 0.05 else 1 end
                    * case when 'same_email' = any(reasons) then 0.3 else 1 end
                    * case when 'same_phone' = any(reasons) then 0.4 else 1 end
                    * case when 'same_name' = any(reasons) then 0.5 else 1 end
                    * case when 'document_typo' = any(reasons) then 0.5 else 1 end
                    * case when 'similar_name' = any(reasons) then 0.7 else 1 end
                    -- a shared place only counts beside a name that agrees
                    * case when reasons && array['same_name', 'similar_name'] then
                          case when 'same_city' = any(reasons) then 0.7 else 1 end
                        * case when 'same_phone_prefix' = any(reasons) then 0.7 else 1 end
                        * case when 'same_email_domain' = any(reasons) then 0.7 else 1 end
                      else 1 end, 3) end
    $$;
