-- Idempotency keys of POST requests: a retry with the same key and body gets the first answer again.
create table idempotency_keys (
    tenant_id     uuid not null references tenants (id),
    key           text not null check (length(key) between 1 and 255),
    request_hash  bytea not null,
    state         text not null check (state in ('RUNNING', 'DONE')),
    status        integer,
    content_type  text,
    location      text,
    etag          text,
    body          bytea,
    created_at    timestamptz not null default now(),
    primary key (tenant_id, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);
