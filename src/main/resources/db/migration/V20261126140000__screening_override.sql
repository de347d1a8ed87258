-- A broker's decision to put an offer that fails an essential criterion before the social worker anyway, and why.
create table brokerage_override (
    answer_id     bigint      primary key references brokerage_answer (id),
    referral_id   bigint      not null references referral_referral (id),
    overridden_by text        not null,
    reason        text        not null check (length(trim(reason)) > 0),
    overridden_at timestamptz not null default now()
);
