-- Every problem an import found, not only the first 200 its page shows, for the whole list as a CSV download.
-- Written as they are found (outside the import's own transaction, so a refused import keeps them), and gone with
-- the import.
create table insight_import_problem (
    import_id   uuid    not null references insight_import (id) on delete cascade,
    number      integer not null,
    fatal       boolean not null,
    file        text    not null,
    row_number  bigint  not null,
    column_name text,
    message     text    not null,
    primary key (import_id, number)
);

create table market_ofsted_import_problem (
    import_id   uuid    not null references market_ofsted_import (id) on delete cascade,
    number      integer not null,
    fatal       boolean not null,
    sheet       text    not null,
    row_number  integer not null,
    column_name text,
    message     text    not null,
    primary key (import_id, number)
);
