-- The duplicate report's groups, stored by the background pass that refreshes the pairs, so that a
-- page of the report reads its own groups instead of joining every pair of the tenant into groups
-- per request (68 s for a tenant with 1,000 groups on a loaded machine). A merge, its undo and a
-- dismissal regroup the clients they touch at once; a page still checks its clients against the
-- live pairs, so a client deleted since the pass is never shown.
create table duplicate_groups (
    tenant_id     uuid not null references tenants (id),
    id            uuid not null,
    score         numeric(4, 3) not null,
    first_number  bigint not null,
    members       uuid[] not null,
    primary key (tenant_id, id)
);
-- The report's order: best first, then by the group's first client number.
create index duplicate_groups_order_idx on duplicate_groups (tenant_id, score desc, first_number);
-- The groups holding given clients, for regrouping them.
create index duplicate_groups_members_idx on duplicate_groups using gin (tenant_id, members);

alter table duplicate_groups enable row level security;
create policy tenant_isolation on duplicate_groups using (tenant_id = clientela_tenant())
    with check (tenant_id = clientela_tenant());

-- A dismissal made in the console names the staff user, as the audit trail does.
alter table duplicate_dismissals add column user_id uuid;

-- Every tenant's report is built once more from scratch, this time with its groups.
delete from duplicate_scans;
