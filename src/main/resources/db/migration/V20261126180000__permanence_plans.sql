-- Each child's permanence plan: how the council means the child to have a settled home for good. One per child
-- (the audit log keeps who changed it and when); looked after for over 4 months with none is drift.
create table children_permanence_plan (
    child_id    bigint primary key references children_child (id) on delete cascade,
    plan        text   not null check (plan in ('RETURN_HOME', 'FAMILY_AND_FRIENDS', 'ADOPTION', 'LONG_TERM_FOSTERING',
                                                'LONG_TERM_RESIDENTIAL', 'INDEPENDENCE')),
    note        text,
    recorded_on date   not null,
    recorded_by text   not null
);
