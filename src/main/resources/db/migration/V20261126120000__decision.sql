alter table referral_referral drop constraint referral_referral_status_check;
alter table referral_referral add constraint referral_referral_status_check
    check (status in ('DRAFT', 'AWAITING_PERMISSION', 'AWAITING_QUALITY_CHECK', 'RETURNED', 'READY_TO_SEARCH', 'SEARCHING', 'CHOOSING',
                      'PLACED', 'WITHDRAWN'));

-- The choice the broker sends to the social worker and team manager, and the decision on it.
create table brokerage_choice (
    referral_id          bigint primary key references referral_referral (id),
    local_authority_id   bigint      not null references identity_local_authority (id),
    sent_by              text        not null,
    sent_at              timestamptz not null default now(),
    proposed_answer_id   bigint references brokerage_answer (id),
    proposed_by          text,
    rationale            text,
    proposed_at          timestamptz,
    manager              text,
    manager_decision     text check (manager_decision in ('APPROVED', 'REJECTED')),
    manager_comment      text,
    decided_at           timestamptz,
    budget_holder        text,
    budget_decision      text check (budget_decision in ('APPROVED', 'REJECTED')),
    budget_decided_at    timestamptz
);

create table brokerage_shortlist (
    referral_id bigint  not null references brokerage_choice (referral_id) on delete cascade,
    answer_id   bigint  not null references brokerage_answer (id),
    position    integer not null,
    primary key (referral_id, answer_id)
);

-- An agreed placement: the home booked for the child, at the agreed fees, with the referral's outcomes.
create table placement_placement (
    id                 bigint generated always as identity primary key,
    local_authority_id bigint      not null references identity_local_authority (id),
    referral_id        bigint      not null unique references referral_referral (id),
    child_id           bigint      not null references children_child (id),
    provider_name      text        not null,
    home_key           text        not null,
    home_name          text        not null,
    home_places        integer     not null,
    start_date         date        not null,
    weekly_fee         numeric(10, 2) not null,
    weekly_extras      numeric(10, 2) not null,
    one_off_costs      numeric(10, 2) not null,
    outcomes           jsonb       not null,
    agreed_at          timestamptz not null default now(),
    ended_on           date
);

-- One row per home, locked while a placement in it is agreed, so that two decisions cannot fill the same place.
create table placement_home_lock (
    home_key text primary key
);
