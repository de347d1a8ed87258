-- The market directory: providers, their settings and foster households, vacancies, and the frameworks they are on.
create table market_provider (
    id                       bigint generated always as identity primary key,
    name                     text    not null unique,
    kind                     text    not null check (kind in ('IN_HOUSE_FOSTERING', 'INDEPENDENT_FOSTERING_AGENCY', 'CHILDRENS_HOME_OPERATOR',
                                                              'SUPPORTED_ACCOMMODATION_PROVIDER', 'RESIDENTIAL_SPECIAL_SCHOOL', 'PARENT_AND_CHILD')),
    provider_organisation_id bigint unique references identity_provider_organisation (id), -- whose users answer for it in the portal
    local_authority_id       bigint references identity_local_authority (id),              -- the council, for an in-house fostering service
    ofsted_urn               text unique,
    overall_effectiveness    smallint check (overall_effectiveness between 1 and 4),       -- for a fostering service: its own judgement
    inspection_date          date,
    suspended                boolean not null default false,                                -- by a concern notice
    unplanned_ending_rate    numeric(4, 3) check (unplanned_ending_rate between 0 and 1),   -- share of placements in 3 years ended unplanned
    check (kind <> 'IN_HOUSE_FOSTERING' or local_authority_id is not null)
);

-- Children's homes, supported accommodation, residential special schools, parent-and-child units.
create table market_setting (
    id                       bigint generated always as identity primary key,
    provider_id              bigint  not null references market_provider (id),
    urn                      text    unique,
    name                     text    not null,
    placement_type           text    not null check (placement_type in ('RESIDENTIAL', 'SUPPORTED_ACCOMMODATION', 'PARENT_AND_CHILD',
                                                                        'SHORT_BREAKS', 'SEND_RESIDENTIAL_SCHOOL')),
    registration_status      text    not null default 'ACTIVE' check (registration_status in ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'RESIGNED')),
    registered_places        integer not null check (registered_places >= 0),
    minimum_age              integer not null,
    maximum_age              integer not null,
    sexes                    text[]  not null,
    specialisms              text[]  not null default '{}',
    adaptations              text[]  not null default '{}',
    skill_level              smallint not null default 2 check (skill_level between 1 and 3),
    postcode                 text    not null,
    outward_code             text    not null,
    district                 text,
    latitude                 double precision,
    longitude                double precision,
    overall_effectiveness    smallint check (overall_effectiveness between 1 and 4),
    children_safety          smallint check (children_safety between 1 and 4),
    leadership_management    smallint check (leadership_management between 1 and 4),
    inspection_date          date,
    check (minimum_age <= maximum_age)
);

-- Approved foster households: a reference, never the carers' names.
create table market_foster_household (
    id                       bigint generated always as identity primary key,
    provider_id              bigint  not null references market_provider (id),
    reference                text    not null,
    minimum_age              integer not null,
    maximum_age              integer not null,
    approved_children        integer not null check (approved_children > 0),
    sexes                    text[]  not null,
    skill_level              smallint not null check (skill_level between 1 and 3),
    specialisms              text[]  not null default '{}',
    languages                text[]  not null default '{}',
    religion                 text,
    ethnicities              text[]  not null default '{}',
    pets                     boolean not null default false,
    youngest_other_child     integer,
    adaptations              text[]  not null default '{}',
    postcode                 text    not null,
    outward_code             text    not null,
    district                 text,
    latitude                 double precision,
    longitude                double precision,
    unique (provider_id, reference),
    check (minimum_age <= maximum_age)
);

-- A place free, or about to be, in a setting or a household; kept up to date by the provider.
create table market_vacancy (
    id                       bigint generated always as identity primary key,
    setting_id               bigint references market_setting (id),
    household_id             bigint references market_foster_household (id),
    places                   integer not null check (places > 0),
    available_from           date    not null,
    last_confirmed           date    not null,
    weekly_fee               numeric(10, 2) not null check (weekly_fee >= 0),
    filled_on                date,
    check ((setting_id is null) <> (household_id is null))
);
create index market_vacancy_open on market_vacancy (available_from) where filled_on is null;

-- Frameworks and dynamic purchasing systems of a consortium, their lots and the providers on each with fee bands.
create table market_framework (
    id                       bigint generated always as identity primary key,
    consortium_id            bigint  not null references identity_consortium (id),
    name                     text    not null,
    kind                     text    not null check (kind in ('FRAMEWORK', 'DYNAMIC_PURCHASING_SYSTEM')),
    starts_on                date    not null,
    ends_on                  date    not null,
    check (starts_on <= ends_on)
);

create table market_lot (
    id                       bigint generated always as identity primary key,
    framework_id             bigint  not null references market_framework (id) on delete cascade,
    name                     text    not null,
    placement_type           text    not null,
    skill_level              smallint check (skill_level between 1 and 3),
    unique (framework_id, name)
);

create table market_lot_provider (
    lot_id                   bigint  not null references market_lot (id) on delete cascade,
    provider_id              bigint  not null references market_provider (id),
    lowest_weekly_fee        numeric(10, 2) not null,
    highest_weekly_fee       numeric(10, 2) not null,
    primary key (lot_id, provider_id),
    check (lowest_weekly_fee <= highest_weekly_fee)
);

-- Where outward codes are, for distances: from a bundled or imported table, or looked up and kept.
create table market_outward_code (
    code                     text primary key,
    latitude                 double precision not null,
    longitude                double precision not null,
    district                 text,
    source                   text not null
);
