-- The placement records who and what it came from, and its weekly cost item by item, in pence.
alter table placement_placement
    add column provider_id              bigint,
    add column provider_organisation_id bigint,
    add column home_kind                text check (home_kind in ('SETTING', 'FOSTER_HOUSEHOLD')),
    add column home_id                  bigint,
    add column offer_id                 bigint,
    add column proposed_by              text,
    add column permitted_by             text,
    add column budget_approved_by       text,
    add column agreed_by                text,
    add column weekly_fee_pence         bigint,
    add column one_to_one_hours         numeric(6, 2),
    add column one_to_one_rate_pence    bigint,
    add column education_weekly_pence   bigint,
    add column transport_weekly_pence   bigint,
    add column therapy_weekly_pence     bigint,
    add column other_weekly_pence       bigint,
    add column one_off_costs_pence      bigint;

-- Placements agreed before this change: their offer and decision are in the brokerage's choice.
update placement_placement p set
    provider_id = a.provider_id, provider_organisation_id = a.provider_organisation_id,
    home_kind = case when left(p.home_key, 1) = 'S' then 'SETTING' else 'FOSTER_HOUSEHOLD' end,
    home_id = substr(p.home_key, 2)::bigint, offer_id = a.id,
    proposed_by = c.proposed_by, permitted_by = c.manager, budget_approved_by = c.budget_holder,
    agreed_by = coalesce(c.budget_holder, c.manager),
    weekly_fee_pence = round(a.weekly_fee * 100), one_to_one_hours = a.one_to_one_hours, one_to_one_rate_pence = round(a.one_to_one_rate * 100),
    education_weekly_pence = round(a.education_weekly * 100), transport_weekly_pence = round(a.transport_weekly * 100),
    therapy_weekly_pence = round(a.therapy_weekly * 100), other_weekly_pence = 0, one_off_costs_pence = round(a.one_off_costs * 100)
from brokerage_choice c join brokerage_answer a on a.id = c.proposed_answer_id
where c.referral_id = p.referral_id;

alter table placement_placement
    alter column provider_organisation_id set not null, alter column home_kind set not null, alter column home_id set not null,
    alter column offer_id set not null, alter column proposed_by set not null, alter column permitted_by set not null,
    alter column agreed_by set not null, alter column weekly_fee_pence set not null, alter column one_to_one_hours set not null,
    alter column one_to_one_rate_pence set not null, alter column education_weekly_pence set not null,
    alter column transport_weekly_pence set not null, alter column therapy_weekly_pence set not null,
    alter column other_weekly_pence set not null, alter column one_off_costs_pence set not null,
    drop column home_key, drop column home_places, drop column weekly_fee, drop column weekly_extras, drop column one_off_costs;
create index placement_placement_home on placement_placement (home_kind, home_id) where ended_on is null;

-- The home's row is locked while a placement in it is agreed.
drop table placement_home_lock;
create table placement_home_lock (
    home_kind text   not null,
    home_id   bigint not null,
    primary key (home_kind, home_id)
);
