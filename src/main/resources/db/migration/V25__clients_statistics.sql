-- Brings the planner's statistics of the clients table up to date, for a duplicate report pass about to
-- build a tenant's pairs afresh after many of its clients were written since the table was last
-- analysed (an import, a bulk load). Planned from statistics that still held the tenant's few clients
-- of before, the build joined each block of clients to all of them: more than eighteen minutes at a
-- million clients, against three planned from fresh statistics. Only the table's owner may analyse
-- it; this runs as the owner and analyses that one table, nothing else.
create function clientela_analyze_clients() returns void
    language plpgsql security definer set search_path = public
    as $$
    begin
        analyze clients;
    end $$;

revoke execute on function clientela_analyze_clients() from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_analyze_clients() to ${app_role}';
    end if;
end $$;
