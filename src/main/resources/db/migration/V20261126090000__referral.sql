-- Placement referrals: what a child needs, as their social worker wrote it, and where the referral has got to.
create table referral_referral (
    id                 bigint generated always as identity primary key,
    local_authority_id bigint      not null references identity_local_authority (id),
    child_id           bigint      not null references children_child (id),
    status             text        not null check (status in ('DRAFT', 'AWAITING_PERMISSION', 'AWAITING_QUALITY_CHECK', 'RETURNED',
                                                              'READY_TO_SEARCH', 'WITHDRAWN')),
    details            jsonb       not null,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    submitted_on       date,
    authorised_by      text,
    authorised_at      timestamptz,
    checked_by         text,
    checked_at         timestamptz
);
create index referral_referral_council on referral_referral (local_authority_id, status, updated_at desc);

-- Who did what to a referral, when, with their comments: its history, and the conversation when it is returned.
create table referral_event (
    id          bigint generated always as identity primary key,
    referral_id bigint      not null references referral_referral (id) on delete cascade,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    comment     text
);
create index referral_event_referral on referral_event (referral_id, occurred_at);
