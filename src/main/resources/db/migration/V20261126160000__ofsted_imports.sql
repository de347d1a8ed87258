-- Ofsted provider lists import in the background; any instance shows the progress and the outcome from here.
create table market_ofsted_import (
    id            uuid primary key,
    consortium_id bigint references identity_consortium (id),
    started_by    text        not null,
    file_name     text        not null,
    state         text        not null default 'RUNNING' check (state in ('RUNNING', 'IMPORTED', 'REFUSED', 'FAILED')),
    entries_total integer,
    entries_done  integer     not null default 0,
    outcome       jsonb,
    failure       text,
    started_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
