-- Placement reviews, as the child's independent reviewing officer records them, with progress on each outcome of the
-- contract in force, and the social worker's feedback on the review.
create table placement_review (
    id                bigint generated always as identity primary key,
    placement_id      bigint      not null references placement_placement (id),
    held_on           date        not null,
    participants      text        not null,
    childs_view       text        not null,
    stable            boolean     not null,
    concerns          text        not null,
    actions           text        not null,
    recorded_by       text        not null,
    recorded_at       timestamptz not null default now(),
    feedback          text,
    feedback_by       text,
    feedback_at       timestamptz
);
create index placement_review_placement on placement_review (placement_id, held_on);

create table placement_review_outcome (
    review_id bigint  not null references placement_review (id),
    number    integer not null,
    outcome   text    not null,
    rating    text    not null check (rating in ('ACHIEVED', 'ON_TRACK', 'NOT_ON_TRACK', 'NO_LONGER_RELEVANT')),
    note      text    not null,
    primary key (review_id, number)
);
