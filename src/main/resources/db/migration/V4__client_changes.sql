-- The audit trail of clients: every change, who made it and in which request, field by field.
-- No foreign key: the trail outlives a client removed for good.
create table client_changes (
    tenant_id   uuid not null references tenants (id),
    id          uuid not null,
    client_id   uuid not null,
    action      text not null check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'DELETE', 'RESTORE', 'PURGE')),
    key_id      uuid,
    request_id  text,
    changes     jsonb not null,
    changed_at  timestamptz not null default clock_timestamp(),
    primary key (tenant_id, id)
);
create index client_changes_client_idx on client_changes (tenant_id, client_id, changed_at desc, id desc);
