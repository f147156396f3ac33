-- The keys an instance remembers, checked in one statement a second instead of one per request:
-- which of them are still live, marking the ones used since the last check as used.
create function clientela_live_keys(known text[], used text[]) returns setof text
    language sql security definer set search_path = public
    as $$
        with touched as (
            update api_keys set last_used_at = now()
            where prefix = any(used) and revoked_at is null)
        select prefix from api_keys where prefix = any(known) and revoked_at is null
    $$;
