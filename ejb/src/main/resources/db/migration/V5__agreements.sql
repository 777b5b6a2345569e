-- Agreements between countries (docs/agreements.md): one row per agreement version, one row per party.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode); sequences as in V1.

create sequence agreement_seq start with 50 increment by 50;

create table agreement (
    id                   bigint         primary key,
    reference            varchar(32)    not null unique,
    title                varchar(200)   not null,
    legal_basis          varchar(4000)  not null,
    legal_basis_kind     varchar(32)    not null,
    valid_from           date           not null,
    valid_to             date           not null,
    request_types        varchar(400)   not null,
    max_tlp              varchar(16)    not null,
    evidence_categories  varchar(400)   not null default '',
    ack_hours            integer        not null,
    answer_business_days integer        not null,
    retention_days       integer        not null,
    onward_sharing       boolean        not null,
    version_number       integer        not null,
    supersedes           varchar(32),
    superseded_at        timestamp with time zone,
    state                varchar(16)    not null,
    state_reason         varchar(2000),
    state_changed_by     varchar(100),
    state_changed_at     timestamp with time zone,
    proposed_by          varchar(100)   not null,
    proposed_at          timestamp with time zone not null,
    version              bigint         not null
);

create sequence agreement_party_seq start with 50 increment by 50;

create table agreement_party (
    id            bigint        primary key,
    agreement_id  bigint        not null references agreement (id),
    country_code  varchar(3)    not null references country (code),
    ratified_by   varchar(100),
    ratified_at   timestamp with time zone,
    constraint uq_agreement_party unique (agreement_id, country_code)
);

-- list and enforcement: the agreements a country is party to
create index ix_agreement_party_country on agreement_party (country_code, agreement_id);
