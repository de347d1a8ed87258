-- A batch of approved invoices exported once for the council's finance system.
create table finance_export_batch (
    id                 bigint generated always as identity primary key,
    local_authority_id bigint      not null references identity_local_authority (id),
    made_by            text        not null,
    made_at            timestamptz not null default now(),
    invoices           integer     not null,
    gross_pence        bigint      not null,
    csv                text        not null
);

-- An invoice from a provider for one placement, reconciled against the placement's contract the moment it arrived,
-- and where the finance officer's work on it has got to. A provider's invoice number is its own, once.
create table finance_invoice (
    id                   bigint generated always as identity primary key,
    local_authority_id   bigint      not null references identity_local_authority (id),
    placement_id         bigint      not null references placement_placement (id),
    provider_id          bigint      not null,
    provider_organisation_id bigint,
    child_id             bigint      not null,
    number               text        not null,
    period_from          date        not null,
    period_to            date        not null,
    total_pence          bigint      not null,
    agreed_pence         bigint      not null,
    over_claimed_pence   bigint      not null,
    flags                text[]      not null,
    state                text        not null check (state in ('TO_CHECK', 'QUERIED', 'SECOND_APPROVAL', 'APPROVED', 'REJECTED', 'EXPORTED')),
    submitted_by         text        not null,
    submitted_at         timestamptz not null default now(),
    approved_pence       bigint,
    approved_by          text,
    approved_at          timestamptz,
    approval_reason      text,
    second_approved_by   text,
    query                text,
    queried_by           text,
    queried_at           timestamptz,
    answer               text,
    credit_pence         bigint      not null default 0,
    answered_at          timestamptz,
    rejection            text,
    rejected_by          text,
    rejected_at          timestamptz,
    batch_id             bigint references finance_export_batch (id),
    unique (provider_id, number),
    check (period_to >= period_from),
    check ((state = 'EXPORTED') = (batch_id is not null))
);
create index finance_invoice_queue on finance_invoice (local_authority_id, state, submitted_at);
create index finance_invoice_placement on finance_invoice (placement_id);
create index finance_invoice_organisation on finance_invoice (provider_organisation_id, submitted_at);
create index finance_invoice_child on finance_invoice (local_authority_id, child_id);

create table finance_invoice_line (
    invoice_id        bigint  not null references finance_invoice (id),
    line_number       integer not null,
    item              text,
    description       text    not null,
    days              integer not null,
    daily_rate_pence  bigint,
    net_pence         bigint  not null,
    vat_pence         bigint  not null,
    agreed_pence      bigint  not null,
    agreed_vat_pence  bigint  not null,
    outcome           text    not null check (outcome in ('AGREED', 'OVER_CLAIMED', 'UNDER_CLAIMED')),
    difference_pence  bigint  not null,
    reasons           jsonb   not null,
    primary key (invoice_id, line_number)
);
