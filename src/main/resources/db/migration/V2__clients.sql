-- Clients: one row per client of a tenant, soft-deleted by setting deleted_at.

create table client_counters (
    tenant_id    uuid primary key references tenants (id),
    last_number  bigint not null
);

create table clients (
    tenant_id        uuid not null references tenants (id),
    id               uuid not null,
    number           bigint not null,
    kind             text not null check (kind in ('PERSON', 'COMPANY')),
    name             text not null check (length(name) between 1 and 200),
    legal_name       text,
    trade_name       text,
    doc_country      char(2),
    doc_type         text,
    doc_number       text,
    doc_formatted    text,
    doc_check_digit  text,
    doc_anonymous    boolean not null default false,
    tax_id           text,
    email            text,
    phone            text,
    phone_e164       text,
    mobile           text,
    mobile_e164      text,
    address          jsonb,
    notes            text,
    image_url        text,
    external_code    text,
    status           text not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    metadata         jsonb not null default '{}'::jsonb,
    credit_limit     numeric(14, 2) check (credit_limit >= 0),
    -- written by the application: accents, case and punctuation folded away, for sorting and search
    name_key         text collate "C" not null,
    search_text      text collate "C" not null,
    phone_digits     text,
    mobile_digits    text,
    version          bigint not null default 1,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    deleted_at       timestamptz,
    primary key (tenant_id, id),
    constraint clients_number_key unique (tenant_id, number),
    constraint clients_document_complete check (
        (doc_number is null and doc_type is null and doc_country is null)
        or (doc_number is not null and doc_type is not null and doc_country is not null))
);

-- One live client per identity document; anonymous "consumidor final" numbers never block.
create unique index clients_document_key on clients (tenant_id, doc_country, doc_type, doc_number)
    where deleted_at is null and doc_number is not null and not doc_anonymous;
create unique index clients_external_code_key on clients (tenant_id, external_code)
    where deleted_at is null and external_code is not null;

-- Lookups by document across types, including deleted clients (debts outlive a delete).
create index clients_doc_number_idx on clients (tenant_id, doc_number) where doc_number is not null;
create index clients_phone_idx on clients (tenant_id, phone_digits) where deleted_at is null and phone_digits is not null;
create index clients_mobile_idx on clients (tenant_id, mobile_digits) where deleted_at is null and mobile_digits is not null;
create index clients_email_idx on clients (tenant_id, lower(email)) where deleted_at is null and email is not null;

-- Listing orders; name_key has the C collation, so prefix searches use the same index.
create index clients_name_idx on clients (tenant_id, name_key, id) where deleted_at is null;
create index clients_created_idx on clients (tenant_id, created_at, id) where deleted_at is null;
create index clients_updated_idx on clients (tenant_id, updated_at, id) where deleted_at is null;
create index clients_deleted_idx on clients (tenant_id, deleted_at, id) where deleted_at is not null;

-- Substring search, led by the tenant so one tenant's search never walks another's rows.
create index clients_search_idx on clients using gin (tenant_id, search_text gin_trgm_ops) where deleted_at is null;
