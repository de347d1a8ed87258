-- SSDA903 returns as councils send them, one collection year per council, each table's rows kept as given.
create table insight_return (
    id                 bigint generated always as identity primary key,
    local_authority_id bigint  not null references identity_local_authority (id),
    collection_year    integer not null check (collection_year between 2000 and 2100), -- the year ending 31 March
    imported_at        timestamptz not null default now(),
    imported_by        text    not null,
    files              text    not null,
    children           integer not null default 0,
    episodes           integer not null default 0,
    warnings           bigint  not null default 0,
    overlaps_repaired  boolean not null,
    unique (local_authority_id, collection_year)
);

-- Every row of every table, in canonical form (dates ISO, codes the DfE's), by the row number of its file.
create table insight_return_row (
    return_id  bigint  not null references insight_return (id) on delete cascade,
    table_name text    not null, -- the DfE's name: Header, Episodes, UASC, Reviews ...
    row_number bigint  not null,
    child      text    not null,
    row_values jsonb   not null,
    primary key (return_id, table_name, row_number)
);
create index insight_return_row_child on insight_return_row (return_id, table_name, child);

-- The stability measures of each council and year, computed when a return is imported.
create table insight_measure (
    local_authority_id bigint  not null references identity_local_authority (id),
    collection_year    integer not null,
    measure            text    not null,
    cut                text    not null,
    category           text    not null default '',
    numerator          bigint  not null,
    denominator        bigint  not null,
    primary key (local_authority_id, collection_year, measure, cut, category)
);
