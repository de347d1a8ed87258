-- A local authority's looked-after children and their episodes of care, in the shape of the DfE's SSDA903 return.
create table children_child (
    id                 bigint generated always as identity primary key,
    local_authority_id bigint not null references identity_local_authority (id),
    child_reference    text   not null, -- the 903 CHILD identifier, unique within the council
    first_name         text   not null,
    last_name          text   not null,
    date_of_birth      date   not null,
    sex                text   not null check (sex in ('1', '2')), -- 903 SEX: 1 male, 2 female
    ethnicity          text   not null, -- 903 ETHNIC code
    home_postcode      text,
    unique (local_authority_id, child_reference)
);
create index children_child_local_authority on children_child (local_authority_id, last_name, first_name);

create table children_episode (
    child_id                   bigint not null references children_child (id) on delete cascade,
    episode_index              integer not null,
    start_date                 date   not null, -- DECOM
    reason_for_new_episode     text   not null, -- RNE
    legal_status               text   not null, -- LS
    category_of_need           text   not null, -- CIN
    placement_type             text   not null, -- PLACE
    placement_provider         text,           -- PLACE_PROVIDER
    end_date                   date,           -- DEC
    reason_episode_ceased      text,           -- REC
    reason_place_change        text,           -- REASON_PLACE_CHANGE
    home_postcode              text,           -- HOME_POST (outward code)
    placement_postcode         text,           -- PL_POST (outward code)
    urn                        text,           -- Ofsted URN of the placement
    primary key (child_id, episode_index),
    check (end_date is null or end_date >= start_date)
);
