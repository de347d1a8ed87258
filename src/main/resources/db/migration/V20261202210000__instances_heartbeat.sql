-- Each running instance says it is alive every few seconds; a background job names the instance running it, so its
-- page says it stopped as soon as that instance is gone, not minutes later.
create table jobs_instance (
    id           uuid        primary key,
    started_at   timestamptz not null default now(),
    heartbeat_at timestamptz not null default now()
);

alter table insight_import add column instance_id uuid;
alter table market_ofsted_import add column instance_id uuid;

-- One import of a council's return for a year at a time.
create index insight_import_running on insight_import (local_authority_id, collection_year)
    where state in ('READING', 'COMPUTING');
