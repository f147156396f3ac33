-- Import jobs (issue 18). A job and its file live in PostgreSQL, so that whichever instance is running
-- when a job is due takes it, and a job whose instance died is taken up again by another one from its
-- last committed chunk. The lease (leased_until, lease_token) keeps a job with one instance at a time.
create table import_jobs (
    tenant_id        uuid not null references tenants (id),
    id               uuid not null,
    key_id           uuid,
    state            text not null check (state in ('queued', 'validating', 'running', 'completed',
                                                    'completed_with_errors', 'failed', 'cancelled')),
    mode             text not null check (mode in ('insert', 'upsert', 'update')),
    match_key        text not null check (match_key in ('document', 'external_code', 'number')),
    dry_run          boolean not null,
    options          jsonb not null,
    idempotency_key  text,
    file_sha256      bytea not null,
    file_bytes       bigint not null,
    rows_total       integer,
    rows_done        integer not null default 0,
    created          integer not null default 0,
    updated          integer not null default 0,
    unchanged        integer not null default 0,
    failed           integer not null default 0,
    -- where the next chunk starts: the byte offset of its first record, and its line number
    resume_offset    bigint not null default 0,
    resume_line      integer not null default 0,
    cancel_requested boolean not null default false,
    leased_until     timestamptz,
    lease_token      uuid,
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    error            text,
    primary key (tenant_id, id)
);
create unique index import_jobs_idempotency_key on import_jobs (tenant_id, idempotency_key)
    where idempotency_key is not null;
create index import_jobs_list_idx on import_jobs (tenant_id, created_at desc, id desc);
create index import_jobs_due_idx on import_jobs (created_at) where state in ('queued', 'validating', 'running');

-- The uploaded file, in pieces of up to 1 MiB, in order.
create table import_file_chunks (
    tenant_id  uuid not null,
    job_id     uuid not null,
    seq        integer not null,
    bytes      bytea not null,
    primary key (tenant_id, job_id, seq),
    foreign key (tenant_id, job_id) references import_jobs (tenant_id, id) on delete cascade
);

-- Every refused row: its original cells and every error the API would report for it.
create table import_errors (
    tenant_id  uuid not null,
    job_id     uuid not null,
    line       integer not null,
    cells      jsonb not null,
    errors     jsonb not null,
    primary key (tenant_id, job_id, line),
    foreign key (tenant_id, job_id) references import_jobs (tenant_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['import_jobs', 'import_file_chunks', 'import_errors']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The import worker works for every tenant: it claims the oldest due job, then acts as that job's
-- tenant. A job is due when it is queued and its tenant has no job under way, or when it was under way
-- on an instance whose lease ran out. Claims are serialised by one lock, so two instances never start
-- two jobs of one tenant at once; a claim is a few rows and happens about once a second per instance.
create function clientela_claim_import(now_ timestamptz, lease_until timestamptz)
    returns table (tenant_id uuid, id uuid, lease_token uuid)
    language plpgsql security definer set search_path = public
    as $$
    #variable_conflict use_column
    begin
        perform pg_advisory_xact_lock(hashtextextended('clientela_claim_import', 0));
        return query
        with due as (
            select j.tenant_id, j.id
            from import_jobs j
            where j.state in ('queued', 'validating', 'running')
              and (j.leased_until is null or j.leased_until <= now_)
              and (j.state <> 'queued' or not exists (
                  select 1 from import_jobs o
                  where o.tenant_id = j.tenant_id and o.state in ('validating', 'running')))
            order by j.state = 'queued', j.created_at
            limit 1
            for update of j skip locked)
        update import_jobs j set leased_until = lease_until, lease_token = gen_random_uuid(),
            state = case when j.state = 'queued' then 'validating' else j.state end,
            started_at = coalesce(j.started_at, now_)
        from due
        where j.tenant_id = due.tenant_id and j.id = due.id
        returning j.tenant_id, j.id, j.lease_token;
    end
    $$;

revoke execute on function clientela_claim_import(timestamptz, timestamptz) from public;

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_claim_import(timestamptz, timestamptz) to ${app_role}';
    end if;
end $$;
