-- A city-pair key (two of a name's sounds and a city, "c lopes maria|lima") is shared by every
-- namesake in a town: at a million clients its blocks made 16.6 of the report's 17.5 million
-- candidate pairs, of which a few in a hundred were kept. Two clients of such a block are compared
-- only when they also share one of these: the whole name's sound, the phone's prefix, a mail domain
-- that is not a common provider's. A pair that shares none of them scores at most similar_name with
-- same_city (0.51), below what the report keeps, unless a phone, mail or document shared by more
-- clients than a block may hold is all that lifts it, and such a key tells nothing.
create function clientela_duplicate_seconds(f clientela_duplicate_features) returns text[]
    language sql immutable parallel safe
    as $$
        select array_remove(array['n' || nullif(f.name_sound, ''), 'p' || f.phone_prefix, 'e' || f.email_domain], null)
    $$;
