-- Row-level security: a second lock behind the application's own tenant filters. The service
-- connects as a role that owns no table (${app_role}); it sees and writes only the rows of the
-- tenant set for its session or transaction in 'clientela.tenant_id'. The owner (who runs these
-- migrations) is not subject to the policies.

create function clientela_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('clientela.tenant_id', true), '')::uuid $$;

alter table tenants enable row level security;
create policy tenant_self on tenants
    using (id = clientela_tenant()) with check (id = clientela_tenant());

do $$
declare
    t text;
begin
    foreach t in array array['api_keys', 'client_counters', 'clients', 'sales', 'quotations', 'invoices', 'bills',
                             'payment_plans', 'installments', 'plan_payments', 'client_changes', 'idempotency_keys']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The few reads that come before a tenant is known run as the owner, each doing one narrow thing.

-- Finds the live API key with this prefix and marks it used.
create function clientela_authenticate(key_prefix text)
    returns table (id uuid, tenant_id uuid, name text, role text, platform boolean, prefix text,
                   created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz, secret_sha256 bytea)
    language sql security definer set search_path = public
    as $$
        update api_keys k set last_used_at = now()
        where k.prefix = key_prefix and k.revoked_at is null
        returning k.id, k.tenant_id, k.name, k.role, k.platform, k.prefix, k.created_at, k.last_used_at,
                  k.revoked_at, k.secret_sha256
    $$;

-- Whether any tenant exists yet (the first start creates the Default tenant).
create function clientela_has_tenants() returns boolean
    language sql stable security definer set search_path = public
    as $$ select exists (select 1 from tenants) $$;

-- The tenant named by its id or its number, as configuration names it.
create function clientela_tenant_by_reference(reference text) returns uuid
    language sql stable security definer set search_path = public
    as $$
        select id from tenants
        where (reference ~ '^[0-9]{1,18}$' and number = reference::bigint)
           or (reference ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and id = reference::uuid)
    $$;

-- Forgets idempotency keys past their 24 hours, for every tenant.
create function clientela_purge_idempotency_keys() returns integer
    language sql security definer set search_path = public
    as $$
        with gone as (delete from idempotency_keys where created_at < now() - interval '24 hours' returning 1)
        select count(*)::integer from gone
    $$;

revoke execute on function clientela_purge_idempotency_keys() from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant usage on schema public to ${app_role}';
        execute 'grant select, insert, update, delete on all tables in schema public to ${app_role}';
        execute 'grant usage, select on all sequences in schema public to ${app_role}';
        execute 'grant execute on function clientela_purge_idempotency_keys() to ${app_role}';
        execute 'alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role}';
        execute 'alter default privileges in schema public grant usage, select on sequences to ${app_role}';
        execute 'revoke all on flyway_schema_history from ${app_role}';
    end if;
end $$;
