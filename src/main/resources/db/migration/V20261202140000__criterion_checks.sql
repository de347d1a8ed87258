-- Essential criteria written in words cannot be screened by the matching engine: the broker checks each offer
-- against each by hand, and the tick is kept with who gave it.
create table brokerage_criterion_check (
    answer_id   bigint      not null references brokerage_answer (id) on delete cascade,
    referral_id bigint      not null,
    criterion   text        not null,
    checked_by  text        not null,
    checked_at  timestamptz not null default now(),
    primary key (answer_id, criterion)
);
create index brokerage_criterion_check_referral on brokerage_criterion_check (referral_id);
