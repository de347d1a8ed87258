-- The market directory is shared by the consortium: a provider one council's import adds waits for the consortium's
-- commissioner to confirm it, and a provider added in error is retired (kept, for the answers and placements that
-- name it), never deleted.
alter table market_provider
    add column directory_status text not null default 'LISTED' check (directory_status in ('PROPOSED', 'LISTED', 'RETIRED')),
    add column proposed_by      text,        -- who added it, when it waits for the consortium's confirmation
    add column proposed_in      uuid,        -- the Ofsted list import that added it
    add column reviewed_by      text,
    add column reviewed_at      timestamptz,
    add column retired_reason   text;
create index market_provider_proposed on market_provider (proposed_in) where directory_status = 'PROPOSED';

-- An import is read and compared first, and stored only when the commissioner confirms what it will change.
alter table market_ofsted_import drop constraint market_ofsted_import_state_check;
alter table market_ofsted_import
    add constraint market_ofsted_import_state_check
        check (state in ('RUNNING', 'PREVIEWED', 'IMPORTING', 'IMPORTED', 'REFUSED', 'FAILED', 'DISCARDED')),
    add column local_authority_id bigint references identity_local_authority (id), -- the importer's council; null at consortium level
    add column list               bytea,        -- the uploaded list, until it is imported or discarded
    add column preview            jsonb;        -- what it will add and change, as the commissioner confirmed it
