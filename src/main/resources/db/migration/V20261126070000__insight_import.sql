-- An import of a 903 return while it runs, and how it ended: what the progress bar and the result page show.
create table insight_import (
    id                 uuid    primary key,
    local_authority_id bigint  not null references identity_local_authority (id),
    collection_year    integer not null,
    started_by         text    not null,
    started_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    state              text    not null check (state in ('READING', 'COMPUTING', 'IMPORTED', 'REFUSED', 'FAILED')),
    files              text    not null,
    overlaps_repaired  boolean not null,
    bytes_total        bigint  not null,
    bytes_read         bigint  not null default 0,
    rows_read          bigint  not null default 0,
    children           integer,
    episodes           bigint,
    fatal_count        bigint,
    warning_count      bigint,
    problems           jsonb,  -- the problems kept to show: fatal ones when refused, warnings when imported
    failure            text
);
create index insight_import_council on insight_import (local_authority_id, started_at desc);
