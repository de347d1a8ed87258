-- The Individual Placement Contract: every version is kept, with the day it takes effect, who made it and why,
-- who issued it, and who signed it for the council and accepted it for the provider.
create table placement_contract_version (
    placement_id          bigint      not null references placement_placement (id),
    version               integer     not null check (version > 0),
    effective_from        date        not null,
    document              jsonb       not null,
    made_by               text        not null,
    made_at               timestamptz not null default now(),
    reason                text        not null,
    issued_by             text,
    issued_at             timestamptz,
    council_signed_by     text,
    council_signed_at     timestamptz,
    provider_accepted_by  text,
    provider_accepted_as  text,
    provider_accepted_at  timestamptz,
    primary key (placement_id, version),
    check (council_signed_at is null or issued_at is not null),
    check (provider_accepted_at is null or issued_at is not null)
);

-- A provider's question about an issued version, and the broker's answer.
create table placement_contract_query (
    id           bigint generated always as identity primary key,
    placement_id bigint      not null,
    version      integer     not null,
    raised_by    text        not null,
    raised_at    timestamptz not null default now(),
    question     text        not null,
    answered_by  text,
    answered_at  timestamptz,
    answer       text,
    foreign key (placement_id, version) references placement_contract_version (placement_id, version)
);
create index placement_contract_query_open on placement_contract_query (placement_id) where answered_at is null;
