-- Tenancy: consortia group local authorities (the tenants); provider organisations hold provider users' accounts.
create table identity_consortium (
    id   bigint generated always as identity primary key,
    name text not null unique
);

create table identity_local_authority (
    id            bigint generated always as identity primary key,
    code          text not null unique check (code ~ '^[0-9]{3}$'), -- the DfE's three-digit LA number
    name          text not null unique,
    consortium_id bigint references identity_consortium (id)
);

create table identity_provider_organisation (
    id   bigint generated always as identity primary key,
    name text not null unique
);

create table identity_user_account (
    id                       bigint generated always as identity primary key,
    username                 text not null,
    display_name             text not null,
    email                    text,
    password_hash            text, -- null for accounts that sign in only through the council's identity provider
    local_authority_id       bigint references identity_local_authority (id),
    provider_organisation_id bigint references identity_provider_organisation (id),
    consortium_id            bigint references identity_consortium (id),
    enabled                  boolean not null default true,
    failed_login_attempts    integer not null default 0,
    locked_until             timestamptz,
    created_at               timestamptz not null default now(),
    last_login_at            timestamptz,
    check (local_authority_id is null or provider_organisation_id is null)
);
create unique index identity_user_account_username on identity_user_account (lower(username));
create unique index identity_user_account_email on identity_user_account (lower(email)) where email is not null;

create table identity_user_role (
    user_account_id bigint not null references identity_user_account (id) on delete cascade,
    role            text   not null check (role in ('SOCIAL_WORKER', 'TEAM_MANAGER', 'HEAD_OF_SERVICE', 'BROKER',
                                                    'PROVIDER_USER', 'INDEPENDENT_REVIEWING_OFFICER',
                                                    'FINANCE_OFFICER', 'COMMISSIONER', 'ADMINISTRATOR')),
    primary key (user_account_id, role)
);

-- Who did what to which record, when, from where. Rows are only ever added.
create table identity_audit_event (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz not null default now(),
    actor_user_id      bigint,
    actor_username     text        not null,
    local_authority_id bigint,
    consortium_id      bigint,
    action             text        not null,
    record_type        text        not null,
    record_id          text,
    detail             text,
    remote_address     text
);
create index identity_audit_event_occurred_at on identity_audit_event (occurred_at desc);
create index identity_audit_event_record on identity_audit_event (record_type, record_id);
create index identity_audit_event_scope on identity_audit_event (consortium_id, local_authority_id, occurred_at desc);
create index identity_audit_event_actor on identity_audit_event (lower(actor_username));

create function identity_audit_event_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger identity_audit_event_no_update_or_delete
    before update or delete on identity_audit_event
    for each row execute function identity_audit_event_is_append_only();

create trigger identity_audit_event_no_truncate
    before truncate on identity_audit_event
    for each statement execute function identity_audit_event_is_append_only();
