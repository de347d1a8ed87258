-- A provider's answer to a referral: an offer of a home, or the reason it cannot offer (market intelligence).
create table brokerage_answer (
    id                       bigint generated always as identity primary key,
    referral_id              bigint      not null references referral_referral (id),
    round_id                 bigint      not null references brokerage_round (id),
    provider_id              bigint      not null,
    provider_name            text        not null,
    provider_organisation_id bigint      not null,
    kind                     text        not null check (kind in ('OFFER', 'REFUSAL')),
    home_key                 text,          -- S12 (a setting) or H34 (a foster household) of the provider's
    home_name                text,
    available_from           date,
    weekly_fee               numeric(10, 2),
    one_to_one_hours         numeric(5, 1)  not null default 0,
    one_to_one_rate          numeric(8, 2)  not null default 0,
    education_weekly         numeric(8, 2)  not null default 0,
    transport_weekly         numeric(8, 2)  not null default 0,
    therapy_weekly           numeric(8, 2)  not null default 0,
    one_off_costs            numeric(10, 2) not null default 0,
    how_needs_are_met        text,
    refusal_reason           text check (refusal_reason in ('NO_VACANCY', 'NEEDS_TOO_COMPLEX', 'RISK_TO_OTHER_CHILDREN', 'LOCATION',
                                                            'OFSTED_RATING', 'PRICE', 'OTHER')),
    refusal_note             text,
    submitted_by             text        not null,
    submitted_at             timestamptz not null default now(),
    late                     boolean     not null,
    withdrawn_at             timestamptz,
    check ((kind = 'OFFER') = (home_key is not null and weekly_fee is not null and available_from is not null)),
    check ((kind = 'REFUSAL') = (refusal_reason is not null))
);
create index brokerage_answer_referral on brokerage_answer (referral_id);
create index brokerage_answer_provider on brokerage_answer (provider_id, kind);
