-- A change to a placement's price, asked by the provider or the broker, agreed by the broker, approved by the head
-- of service above the threshold, and the contract version it made. One may be open per placement at a time.
create table placement_variation (
    id               bigint generated always as identity primary key,
    placement_id     bigint      not null references placement_placement (id),
    asked_by_provider boolean    not null,
    asked_by         text        not null,
    asked_at         timestamptz not null default now(),
    effective_from   date        not null,
    reason           text        not null check (reason in ('NEEDS_CHANGED', 'ANNUAL_UPLIFT', 'OTHER')),
    explanation      text        not null,
    changes          jsonb       not null,
    weekly_before_pence bigint   not null,
    weekly_after_pence  bigint   not null,
    state            text        not null check (state in ('ASKED', 'WAITING_FOR_APPROVAL', 'APPROVED', 'REFUSED')),
    agreed_by        text,
    decided_by       text,
    decided_at       timestamptz,
    refusal          text,
    contract_version integer,
    foreign key (placement_id, contract_version) references placement_contract_version (placement_id, version)
);
create unique index placement_variation_one_open on placement_variation (placement_id)
    where state in ('ASKED', 'WAITING_FOR_APPROVAL');
