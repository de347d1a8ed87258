-- Disputes, complaints and compliments about a placement: who raised it, what about, when, and how it was resolved.
create table placement_matter (
    id           bigint generated always as identity primary key,
    placement_id bigint      not null references placement_placement (id),
    kind         text        not null check (kind in ('DISPUTE', 'COMPLAINT', 'COMPLIMENT')),
    raised_by    text        not null,
    about        text        not null,
    raised_on    date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now(),
    resolution   text,
    resolved_by  text,
    resolved_at  timestamptz
);
create index placement_matter_placement on placement_matter (placement_id);
