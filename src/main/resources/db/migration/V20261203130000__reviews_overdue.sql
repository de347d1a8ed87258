-- Each child of a council's returns whose review was overdue on the latest return's 31 March, worked out when the
-- returns change (an import), not on every view of the drift list, which would read every row of every year again.
create table insight_review_overdue (
    local_authority_id bigint not null references identity_local_authority (id),
    child              text   not null,
    placement_type     text,
    since              date,
    due                date   not null
);
create index insight_review_overdue_council on insight_review_overdue (local_authority_id, due);

-- The 31 March the list was worked out for, so that a council whose list is empty is told apart from one whose list
-- has not been worked out yet (returns imported before the list was kept).
create table insight_review_overdue_as_at (
    local_authority_id bigint primary key references identity_local_authority (id),
    as_at              date   not null
);
