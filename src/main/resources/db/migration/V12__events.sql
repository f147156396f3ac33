-- Events: written in the transaction of the change they describe (a transactional outbox), numbered
-- per tenant by a counter row that the raising transaction holds until it commits, so a tenant's
-- sequence has no gaps and grows in commit order.
create table event_counters (
    tenant_id     uuid primary key references tenants (id),
    last_sequence bigint not null
);

create table events (
    tenant_id  uuid not null references tenants (id),
    id         uuid not null,
    sequence   bigint not null,
    type       text not null,
    object_id  uuid,
    request_id text,
    created_at timestamptz not null,
    data       jsonb not null,
    primary key (tenant_id, id),
    constraint events_sequence_key unique (tenant_id, sequence)
);

create index events_created_idx on events (created_at);
create index events_object_idx on events (tenant_id, object_id, sequence desc);

create table webhook_endpoints (
    tenant_id                  uuid not null references tenants (id),
    id                         uuid not null,
    url                        text not null,
    events                     text[] not null,
    description                text,
    enabled                    boolean not null,
    disabled_reason            text,
    secret                     bytea not null,
    previous_secret            bytea,
    previous_secret_expires_at timestamptz,
    failing_since              timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    primary key (tenant_id, id)
);

-- One row per event and endpoint: the lease (leased_until, lease_token) keeps an event from being
-- sent to an endpoint twice at once; round counts redeliveries, so that an attempt finishing after
-- a redelivery was asked for does not mark the new round done.
create table webhook_deliveries (
    tenant_id       uuid not null references tenants (id),
    endpoint_id     uuid not null,
    event_id        uuid not null,
    state           text not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer not null default 0,
    round           integer not null default 0,
    next_attempt_at timestamptz,
    leased_until    timestamptz,
    lease_token     uuid,
    created_at      timestamptz not null,
    primary key (tenant_id, endpoint_id, event_id),
    constraint webhook_deliveries_endpoint_fk foreign key (tenant_id, endpoint_id)
        references webhook_endpoints (tenant_id, id) on delete cascade,
    constraint webhook_deliveries_event_fk foreign key (tenant_id, event_id)
        references events (tenant_id, id) on delete cascade
);

create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where state = 'PENDING';

create table webhook_attempts (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    endpoint_id     uuid not null,
    event_id        uuid not null,
    attempted_at    timestamptz not null,
    status_code     integer,
    error           text,
    duration_ms     bigint not null,
    response_body   text,
    next_attempt_at timestamptz,
    primary key (tenant_id, id),
    constraint webhook_attempts_endpoint_fk foreign key (tenant_id, endpoint_id)
        references webhook_endpoints (tenant_id, id) on delete cascade
);

create index webhook_attempts_log_idx on webhook_attempts (tenant_id, endpoint_id, attempted_at desc, id desc);

-- The key that encrypts endpoint secrets when none is configured: one row, shared by every instance.
create table webhook_keyring (
    id  integer primary key check (id = 1),
    key bytea not null
);

do $$
declare
    t text;
begin
    foreach t in array array['event_counters', 'events', 'webhook_endpoints', 'webhook_deliveries', 'webhook_attempts']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The dispatcher works for every tenant: it claims due deliveries across tenants here, then acts
-- as each delivery's tenant. SKIP LOCKED lets instances claim side by side; the lease keeps a
-- claimed delivery from everyone else until it ends or expires.
create function clientela_claim_deliveries(now_ timestamptz, lease_until timestamptz, max_count integer)
    returns table (tenant_id uuid, endpoint_id uuid, event_id uuid, lease_token uuid, round integer)
    language sql security definer set search_path = public
    as $$
        with due as (
            select d.tenant_id, d.endpoint_id, d.event_id
            from webhook_deliveries d
            join webhook_endpoints e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
            where d.state = 'PENDING' and d.next_attempt_at <= now_
              and (d.leased_until is null or d.leased_until <= now_) and e.enabled
            order by d.next_attempt_at
            limit max_count
            for update of d skip locked)
        update webhook_deliveries d set leased_until = lease_until, lease_token = gen_random_uuid()
        from due
        where d.tenant_id = due.tenant_id and d.endpoint_id = due.endpoint_id and d.event_id = due.event_id
        returning d.tenant_id, d.endpoint_id, d.event_id, d.lease_token, d.round
    $$;

-- Forgets events and delivery attempts older than the retention, for every tenant.
create function clientela_purge_events(created_before timestamptz) returns integer
    language sql security definer set search_path = public
    as $$
        with attempts as (delete from webhook_attempts where attempted_at < created_before returning 1),
             gone as (delete from events where created_at < created_before returning 1)
        select (select count(*) from gone)::integer + 0 * (select count(*) from attempts)::integer
    $$;

revoke execute on function clientela_claim_deliveries(timestamptz, timestamptz, integer) from public;
revoke execute on function clientela_purge_events(timestamptz) from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_claim_deliveries(timestamptz, timestamptz, integer) to ${app_role}';
        execute 'grant execute on function clientela_purge_events(timestamptz) to ${app_role}';
    end if;
end $$;

-- A quotation expires by the clock, not by a write: the service raises quotation.expired once for each
-- pending quotation past its date, and remembers that it did.
alter table quotations add column expiry_raised_at timestamptz;
create index quotations_unannounced_expiry_idx on quotations (valid_until)
    where status = 'PENDING' and expiry_raised_at is null;

-- The tenants that have pending quotations expired before this date and not yet announced.
create function clientela_tenants_with_expired_quotations(today date) returns setof uuid
    language sql stable security definer set search_path = public
    as $$
        select distinct tenant_id from quotations
        where status = 'PENDING' and valid_until < today and expiry_raised_at is null
    $$;

revoke execute on function clientela_tenants_with_expired_quotations(date) from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_tenants_with_expired_quotations(date) to ${app_role}';
    end if;
end $$;
