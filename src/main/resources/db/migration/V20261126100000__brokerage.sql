alter table referral_referral drop constraint referral_referral_status_check;
alter table referral_referral add constraint referral_referral_status_check
    check (status in ('DRAFT', 'AWAITING_PERMISSION', 'AWAITING_QUALITY_CHECK', 'RETURNED', 'READY_TO_SEARCH', 'SEARCHING', 'WITHDRAWN'));

-- Where a provider wants referrals sent.
alter table market_provider add column referral_email text;

-- A search round for a referral: the providers asked at the same time, and by when they should answer.
create table brokerage_round (
    id                 bigint generated always as identity primary key,
    referral_id        bigint      not null references referral_referral (id),
    local_authority_id bigint      not null references identity_local_authority (id),
    number             integer     not null,
    kind               text        not null check (kind in ('IN_HOUSE', 'FRAMEWORK', 'SPOT')),
    opened_by          text        not null,
    opened_at          timestamptz not null default now(),
    respond_by         timestamptz not null,
    unique (referral_id, number)
);

-- The transactional outbox of a round: one row for each provider asked, written with the round, sent by the dispatcher.
-- A provider is asked once in a round (the unique key), and a row is sent until it is SENT or gives up as FAILED.
create table brokerage_recipient (
    id              bigint generated always as identity primary key,
    round_id        bigint      not null references brokerage_round (id) on delete cascade,
    provider_id     bigint      not null references market_provider (id),
    provider_name   text        not null,
    provider_organisation_id bigint,  -- whose portal users may see the referral
    email           text        not null,
    status          text        not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    claimed_until   timestamptz,
    last_error      text,
    sent_at         timestamptz,
    unique (round_id, provider_id)
);
create index brokerage_recipient_due on brokerage_recipient (next_attempt_at) where status = 'QUEUED';

-- Mail kept instead of sent, in the embedded default: what providers would receive.
create table notification_mailbox (
    id          bigint generated always as identity primary key,
    sent_at     timestamptz not null default now(),
    recipient   text        not null,
    subject     text        not null,
    body        text        not null,
    message_id  text        not null unique
);
