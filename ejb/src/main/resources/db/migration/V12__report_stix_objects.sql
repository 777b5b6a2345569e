-- STIX objects a report keeps as context (docs/indicators.md, "STIX 2.1 import"): what a STIX bundle brought
-- that Accord does not model (threat actors, malware, relationships, other markings, indicators whose
-- pattern does not reduce to indicators), verbatim, so the report's STIX export writes them again.
-- One row per (report, STIX id); a later import of the same id replaces it. Portable SQL (PostgreSQL and H2).

create table report_stix_object (
    report_id   bigint          not null references incident_report (id),
    stix_id     varchar(300)    not null,
    stix_type   varchar(250)    not null,
    note        varchar(1000),
    body        varchar(1000000) not null,
    primary key (report_id, stix_id)
);

-- what a STIX import kept as context ({"byType": {...}, "notes": [...]}), so a replayed import answers the same
alter table indicator_import add column context varchar(200000);
