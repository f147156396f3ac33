-- A payment plan may charge a monthly interest on the principal still owed; each installment
-- carries its own interest, so a plan at 0% is exactly what it was before.
alter table payment_plans
    add column interest_rate numeric(6, 4) not null default 0 check (interest_rate >= 0 and interest_rate <= 1),
    add column interest      numeric(14, 2) not null default 0 check (interest >= 0),
    add column down_payment  numeric(14, 2) not null default 0 check (down_payment >= 0);
-- The down payment that went to the bill: never more than its total.
update payment_plans p set down_payment = least(b.down_payment, b.total)
    from bills b where b.tenant_id = p.tenant_id and b.id = p.bill_id;
alter table payment_plans drop constraint payment_plans_check;
alter table payment_plans add constraint payment_plans_paid_within_total check (paid >= 0 and paid <= financed + interest);

alter table installments add column interest numeric(14, 2) not null default 0 check (interest >= 0);
alter table installments drop constraint installments_check;
alter table installments add constraint installments_paid_within_due check (paid >= 0 and paid <= amount + interest);
-- Collections read unpaid installments by due date; paid ones are most rows and never wanted here.
create index installments_unpaid_due_idx on installments (tenant_id, due_date) where paid < amount + interest;

-- Who paid and from which installment the payment was applied.
alter table plan_payments
    add column from_installment integer not null default 1 check (from_installment > 0),
    add column key_id           uuid,
    add column request_id       text;

-- Every reschedule: the balance it spread, over how many installments, by whom.
create table plan_reschedules (
    tenant_id       uuid not null,
    id              uuid not null,
    plan_id         uuid not null,
    balance         numeric(14, 2) not null check (balance >= 0),
    months_before   integer not null,
    months_after    integer not null check (months_after > 0),
    key_id          uuid,
    request_id      text,
    rescheduled_at  timestamptz not null,
    primary key (tenant_id, id),
    constraint plan_reschedules_plan_fk foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id)
);
create index plan_reschedules_plan_idx on plan_reschedules (tenant_id, plan_id, rescheduled_at);
alter table plan_reschedules enable row level security;
create policy tenant_isolation on plan_reschedules
    using (tenant_id = clientela_tenant()) with check (tenant_id = clientela_tenant());

-- Ids a bill's source system gives it (company, store, cashier, products) that the registry keeps
-- but does not interpret.
alter table bills add column refs jsonb not null default '{}'::jsonb;
