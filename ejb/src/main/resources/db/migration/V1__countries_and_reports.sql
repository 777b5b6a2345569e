-- Accord schema, version 1: countries (tenants), incident reports with versions, idempotency keys
-- and audit records. Portable SQL: the same file runs on PostgreSQL 15 and on H2 (PostgreSQL mode).
-- Sequences step by 50 = the JPA allocationSize and start at 50: EclipseLink takes the value it reads
-- as the last id of a block of 50 (so it hands out 1..50 after one round trip).

create table country (
    code            varchar(3)     primary key,
    name            varchar(100)   not null,
    cert_name       varchar(200)   not null,
    contact_24x7    varchar(200)   not null,
    time_zone       varchar(64)    not null,
    ip_prefixes     varchar(200000) not null default '',
    as_numbers      varchar(60000) not null default '',
    domain_suffixes varchar(60000) not null default '',
    version         bigint         not null default 1
);

create table report_counter (
    country_code  varchar(3) primary key references country (code),
    counter_year  integer    not null,
    last_number   bigint     not null
);

create sequence report_seq start with 50 increment by 50;

create table incident_report (
    id               bigint         primary key,
    reference        varchar(32)    not null unique,
    owner_country    varchar(3)     not null references country (code),
    title            varchar(200)   not null,
    description      varchar(20000) not null,
    rsit_class       varchar(64)    not null,
    rsit_type        varchar(64)    not null,
    severity         varchar(16)    not null,
    tlp              varchar(16)    not null,
    status           varchar(16)    not null,
    nis2_stage       varchar(16),
    aware_at         timestamp with time zone not null,
    first_seen_at    timestamp with time zone,
    sectors          varchar(1000)  not null default '',
    affected_systems bigint,
    affected_people  bigint,
    created_by       varchar(100)   not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(100)   not null,
    updated_at       timestamp with time zone not null,
    version          bigint         not null
);

-- the dashboard and the list: one country's reports, newest first
create index ix_report_owner_created on incident_report (owner_country, created_at desc);
create index ix_report_owner_status on incident_report (owner_country, status);

create sequence report_version_seq start with 50 increment by 50;

create table report_version (
    id          bigint         primary key,
    report_id   bigint         not null references incident_report (id),
    version     bigint         not null,
    change      varchar(32)    not null,
    snapshot    varchar(60000) not null,
    changed_by  varchar(100)   not null,
    changed_at  timestamp with time zone not null,
    constraint uq_report_version unique (report_id, version)
);

create sequence idempotency_seq start with 50 increment by 50;

create table idempotency_record (
    id           bigint        primary key,
    caller       varchar(100)  not null,
    operation    varchar(64)   not null,
    idem_key     varchar(200)  not null,
    request_hash varchar(64)   not null,
    result_id    varchar(64),
    created_at   timestamp with time zone not null,
    constraint uq_idempotency unique (caller, operation, idem_key)
);

create sequence audit_seq start with 50 increment by 50;

create table audit_record (
    id            bigint        primary key,
    at            timestamp with time zone not null,
    actor         varchar(100)  not null,
    actor_country varchar(3),
    action        varchar(64)   not null,
    object_type   varchar(64)   not null,
    object_id     varchar(64),
    outcome       varchar(500)
);
