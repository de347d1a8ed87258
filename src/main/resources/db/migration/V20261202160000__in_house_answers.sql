-- The council's own fostering service answers its referrals: its staff hold a role of their own, and the broker can
-- record an answer the service gave by phone. An in-house answer, and a placement with an in-house carer, belong to no
-- provider organisation.
alter table identity_user_role drop constraint identity_user_role_role_check;
alter table identity_user_role add constraint identity_user_role_role_check
    check (role in ('SOCIAL_WORKER', 'TEAM_MANAGER', 'HEAD_OF_SERVICE', 'BROKER', 'PROVIDER_USER', 'IN_HOUSE_FOSTERING',
                    'INDEPENDENT_REVIEWING_OFFICER', 'FINANCE_OFFICER', 'COMMISSIONER', 'ADMINISTRATOR'));

alter table brokerage_answer
    alter column provider_organisation_id drop not null,
    add column given_by_phone_by text; -- who in the in-house service gave the answer, when the broker recorded it

alter table placement_placement alter column provider_organisation_id drop not null;
