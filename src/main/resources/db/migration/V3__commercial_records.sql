-- Records that point to clients: sales, quotations, invoices, bills and installment payment plans.
-- Their foreign keys refuse the permanent delete of a client that has any (ON DELETE RESTRICT).

create table sales (
    tenant_id     uuid not null references tenants (id),
    id            uuid not null,
    client_id     uuid,
    currency      char(3) not null,
    lines         jsonb not null,
    subtotal      numeric(14, 2) not null,
    discount      numeric(14, 2) not null default 0 check (discount >= 0),
    total         numeric(14, 2) not null check (total >= 0),
    notes         text,
    quotation_id  uuid,
    cancelled_at  timestamptz,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    constraint sales_client_fk foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index sales_client_idx on sales (tenant_id, client_id, created_at desc, id desc) where client_id is not null;
create index sales_created_idx on sales (tenant_id, created_at desc, id desc);

create table quotations (
    tenant_id    uuid not null references tenants (id),
    id           uuid not null,
    client_id    uuid not null,
    currency     char(3) not null,
    lines        jsonb not null,
    total        numeric(14, 2) not null check (total >= 0),
    valid_until  date not null,
    status       text not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    sale_id      uuid,
    notes        text,
    decided_at   timestamptz,
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    constraint quotations_client_fk foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint quotations_sale_fk foreign key (tenant_id, sale_id) references sales (tenant_id, id)
);
create index quotations_client_idx on quotations (tenant_id, client_id, created_at desc, id desc);

create table invoices (
    tenant_id        uuid not null references tenants (id),
    id               uuid not null,
    client_id        uuid not null,
    series           text not null,
    number           bigint not null check (number > 0),
    issue_date       date not null,
    currency         char(3) not null,
    lines            jsonb not null,
    subtotal         numeric(14, 2) not null,
    tax_rate         numeric(6, 4) not null check (tax_rate >= 0 and tax_rate <= 1),
    tax              numeric(14, 2) not null,
    total            numeric(14, 2) not null,
    -- the client as it was when the invoice was issued; later edits of the client never change it
    client_snapshot  jsonb not null,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    constraint invoices_number_key unique (tenant_id, series, number),
    constraint invoices_client_fk foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index invoices_client_idx on invoices (tenant_id, client_id, issue_date desc, created_at desc, id desc);

create table bills (
    tenant_id     uuid not null references tenants (id),
    id            uuid not null,
    client_id     uuid,
    payment_type  text not null check (payment_type in ('CASH', 'INSTALLMENT')),
    currency      char(3) not null,
    lines         jsonb not null,
    subtotal      numeric(14, 2) not null,
    discount      numeric(14, 2) not null default 0,
    tax_rate      numeric(6, 4) not null,
    tax           numeric(14, 2) not null,
    total         numeric(14, 2) not null check (total >= 0),
    down_payment  numeric(14, 2) not null default 0 check (down_payment >= 0),
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    constraint bills_client_fk foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index bills_client_idx on bills (tenant_id, client_id, created_at desc) where client_id is not null;

create table payment_plans (
    tenant_id      uuid not null references tenants (id),
    id             uuid not null,
    client_id      uuid not null,
    bill_id        uuid not null,
    currency       char(3) not null,
    financed       numeric(14, 2) not null check (financed >= 0),
    paid           numeric(14, 2) not null default 0 check (paid >= 0 and paid <= financed),
    status         text not null check (status in ('PENDING', 'PAID')),
    months         integer not null check (months >= 0),
    payment_day    integer not null check (payment_day between 1 and 31),
    starting_date  date not null,
    created_at     timestamptz not null,
    paid_at        timestamptz,
    version        bigint not null default 1,
    primary key (tenant_id, id),
    constraint payment_plans_client_fk foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint payment_plans_bill_fk foreign key (tenant_id, bill_id) references bills (tenant_id, id)
);
-- A client has at most one open plan, whatever the number of parallel requests.
create unique index payment_plans_one_open_key on payment_plans (tenant_id, client_id) where status = 'PENDING';
create index payment_plans_client_idx on payment_plans (tenant_id, client_id, created_at desc);

create table installments (
    tenant_id  uuid not null,
    plan_id    uuid not null,
    number     integer not null check (number > 0),
    due_date   date not null,
    amount     numeric(14, 2) not null check (amount >= 0),
    paid       numeric(14, 2) not null default 0 check (paid >= 0 and paid <= amount),
    primary key (tenant_id, plan_id, number),
    constraint installments_plan_fk foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id)
);

create table plan_payments (
    tenant_id   uuid not null,
    id          uuid not null,
    plan_id     uuid not null,
    amount      numeric(14, 2) not null check (amount > 0),
    paid_at     timestamptz not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    constraint plan_payments_plan_fk foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id)
);
