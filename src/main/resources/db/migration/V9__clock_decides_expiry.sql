-- The service's clock, not the database's, decides when an idempotency key has had its 24 hours:
-- the purge is told the moment before which keys are gone.
drop function clientela_purge_idempotency_keys();
create function clientela_purge_idempotency_keys(created_before timestamptz) returns integer
    language sql security definer set search_path = public
    as $$
        with gone as (delete from idempotency_keys where created_at < created_before returning 1)
        select count(*)::integer from gone
    $$;

revoke execute on function clientela_purge_idempotency_keys(timestamptz) from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_purge_idempotency_keys(timestamptz) to ${app_role}';
    end if;
end $$;
