-- Indicators of incident reports (docs/indicators.md): one row per distinct (report, type, value), numbered
-- per report in ingest order (the importer numbers them under the report's lock, so bulk COPY needs no
-- sequence round trips); the committed imports; the indicators a cooperation request carries.
-- Portable SQL (PostgreSQL and H2).

create table indicator (
    report_id       bigint        not null references incident_report (id),
    n               integer       not null,
    kind            varchar(8)    not null,
    val             varchar(2048) not null,
    role            varchar(16)   not null,
    first_seen      timestamp with time zone,
    last_seen       timestamp with time zone,
    routing         varchar(10)   not null,
    routed_country  varchar(3),
    primary key (report_id, n)
);
-- duplicates are merged, never repeated; the value leads, so every planner (H2 too) picks this index to merge
create unique index ux_indicator_value on indicator (val, report_id, kind);
-- responsible countries, and a request's indicators taken by country
create index ix_indicator_route on indicator (report_id, routed_country, role);

create sequence indicator_import_seq start with 50 increment by 50;

create table indicator_import (
    id              bigint        primary key,
    report_id       bigint        not null references incident_report (id),
    format          varchar(8)    not null,
    skip_invalid    boolean       not null,
    lines_read      bigint        not null,
    added           bigint        not null,
    merged          bigint        not null,
    skipped         bigint        not null,
    matched         bigint        not null,
    conflicts       bigint        not null,
    unmatched       bigint        not null,
    not_routable    bigint        not null,
    line_errors     varchar(200000) not null,
    imported_by     varchar(100)  not null,
    imported_at     timestamp with time zone not null,
    millis          bigint        not null
);
create index ix_indicator_import_report on indicator_import (report_id, id);

create table cooperation_request_indicator (
    request_id  bigint   not null references cooperation_request (id),
    report_id   bigint   not null,
    n           integer  not null,
    primary key (request_id, report_id, n),
    foreign key (report_id, n) references indicator (report_id, n)
);
