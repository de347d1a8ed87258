-- A provider's question about a referral, and the broker's answer, which every provider in the search sees.
create table brokerage_question (
    id                       bigint generated always as identity primary key,
    referral_id              bigint      not null references referral_referral (id),
    provider_organisation_id bigint      not null,
    provider_name            text        not null,
    asked_by                 text        not null,
    question                 text        not null check (length(trim(question)) > 0),
    asked_at                 timestamptz not null default now(),
    answer                   text,
    answered_by              text,
    answered_at              timestamptz
);
create index brokerage_question_referral on brokerage_question (referral_id);
