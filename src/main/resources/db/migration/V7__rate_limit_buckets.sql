-- Request budgets of API keys, shared by every instance of the service. Rows are keyed by the API
-- key's id and hold Bucket4j's state; they carry no tenant data, so they are outside row-level
-- security. expires_at (epoch milliseconds) lets idle buckets be removed.
create table rate_limit_buckets (
    id          text primary key,
    state       bytea,
    expires_at  bigint
);
create index rate_limit_buckets_expires_idx on rate_limit_buckets (expires_at);

alter table api_keys add column rate_limit integer check (rate_limit > 0);

-- The key lookup now also returns the key's own budget.
drop function clientela_authenticate(text);
create function clientela_authenticate(key_prefix text)
    returns table (id uuid, tenant_id uuid, name text, role text, platform boolean, prefix text,
                   created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz, rate_limit integer,
                   secret_sha256 bytea)
    language sql security definer set search_path = public
    as $$
        update api_keys k set last_used_at = now()
        where k.prefix = key_prefix and k.revoked_at is null
        returning k.id, k.tenant_id, k.name, k.role, k.platform, k.prefix, k.created_at, k.last_used_at,
                  k.revoked_at, k.rate_limit, k.secret_sha256
    $$;
