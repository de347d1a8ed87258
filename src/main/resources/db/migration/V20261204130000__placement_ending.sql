-- How a placement ended: planned or not, the DfE's reason for the change, the notice given, where the child went.
-- placement_placement.ended_on is set in the same step, so a second ending of the same placement changes nothing.
create table placement_ending (
    placement_id    bigint      primary key references placement_placement (id),
    planned         boolean     not null,
    end_date        date        not null,
    reason          text        not null check (reason in ('CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO',
                                                           'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER')),
    notice_given_on date,
    destination     text        not null check (destination in ('ANOTHER_PLACEMENT', 'HOME', 'INDEPENDENCE', 'LEFT_CARE')),
    note            text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null default now(),
    check (notice_given_on is null or notice_given_on <= end_date)
);
