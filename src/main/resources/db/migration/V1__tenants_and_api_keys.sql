-- Tenants and the API keys that act for them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table tenants (
    id          uuid primary key,
    number      bigint generated always as identity unique,
    name        text not null check (length(name) between 1 and 200),
    country     char(2) not null check (country ~ '^[A-Z]{2}$'),
    tax_id      text check (length(tax_id) <= 60),
    settings    jsonb not null default '{}'::jsonb check (jsonb_typeof(settings) = 'object'),
    version     bigint not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table api_keys (
    tenant_id     uuid not null references tenants (id),
    id            uuid not null,
    name          text not null check (length(name) between 1 and 100),
    role          text not null check (role in ('ADMIN', 'OPERATOR', 'VIEWER')),
    platform      boolean not null default false,
    prefix        text not null,
    secret_sha256 bytea not null check (length(secret_sha256) = 32),
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    primary key (tenant_id, id)
);

-- A key is found from its public prefix before its tenant is known, so this one key is global.
create unique index api_keys_prefix_key on api_keys (prefix);
