-- Staff users who sign in to the console, their one-time set-password links, the console's sessions
-- (shared by every instance), and the user behind each change of the audit trail.
create table staff_users (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    email           text not null check (length(email) between 3 and 254),
    name            text not null check (length(name) between 1 and 200),
    role            text not null check (role in ('ADMIN', 'OPERATOR', 'VIEWER')),
    locale          text not null default 'es' check (locale in ('es', 'en')),
    password_hash   text,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    version         bigint not null default 1,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (tenant_id, id)
);
create unique index staff_users_email_key on staff_users (tenant_id, lower(email));
-- Sign-in finds a user by email before the tenant is known.
create index staff_users_email_idx on staff_users (lower(email));

create table password_tokens (
    tenant_id    uuid not null,
    id           uuid not null,
    user_id      uuid not null,
    token_sha256 bytea not null check (length(token_sha256) = 32),
    expires_at   timestamptz not null,
    used_at      timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, user_id) references staff_users (tenant_id, id) on delete cascade
);
-- A link is found from its token before its tenant is known. A token is 32 random bytes: no two
-- collide, so the index need not be unique (and the table stays partitionable by tenant).
create index password_tokens_token_idx on password_tokens (token_sha256);

alter table client_changes add column user_id uuid;

do $$
declare
    t text;
begin
    foreach t in array array['staff_users', 'password_tokens']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = clientela_tenant())'
                       ' with check (tenant_id = clientela_tenant())', t);
    end loop;
end $$;

-- The users holding this email in any tenant, with what sign-in needs to decide; nothing else.
create function clientela_staff_by_email(address text)
    returns table (tenant_id uuid, tenant_name text, id uuid, password_hash text, locked_until timestamptz)
    language sql stable security definer set search_path = public
    as $$
        select u.tenant_id, t.name, u.id, u.password_hash, u.locked_until
        from staff_users u join tenants t on t.id = u.tenant_id
        where lower(u.email) = lower(address)
        order by t.name, u.tenant_id
    $$;

-- The tenant and user of a set-password link, by the hash of its token.
create function clientela_password_token(sha256 bytea)
    returns table (tenant_id uuid, id uuid, user_id uuid, expires_at timestamptz, used_at timestamptz)
    language sql stable security definer set search_path = public
    as $$
        select p.tenant_id, p.id, p.user_id, p.expires_at, p.used_at from password_tokens p
        where p.token_sha256 = sha256
    $$;

-- The console's sessions, as Spring Session's JDBC store keeps them. A session is found by its
-- cookie before its tenant is known; what it holds says which tenant it acts for.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

do $$
begin
    if current_user <> '${app_role}' then
        execute 'grant execute on function clientela_staff_by_email(text) to ${app_role}';
        execute 'grant execute on function clientela_password_token(bytea) to ${app_role}';
    end if;
end $$;
