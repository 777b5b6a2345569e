-- A report's indicators counted per type, role, routing and routed country ('' for none), kept by imports and
-- re-routing, so that a report's page never counts its rows (10M rows: seconds per group by; bench P6).
-- Each list filter gets an index that also gives the page's order (n), however rare the filtered value.
-- Portable SQL (PostgreSQL and H2).

create table indicator_tally (
    report_id       bigint       not null references incident_report (id),
    kind            varchar(8)   not null,
    role            varchar(16)  not null,
    routing         varchar(10)  not null,
    routed_country  varchar(3)   not null,
    rows_counted    bigint       not null,
    primary key (report_id, kind, role, routing, routed_country)
);
insert into indicator_tally (report_id, kind, role, routing, routed_country, rows_counted)
select report_id, kind, role, routing, coalesce(routed_country, ''), count(*)
  from indicator group by report_id, kind, role, routing, coalesce(routed_country, '');

drop index ix_indicator_route;
create index ix_indicator_country on indicator (report_id, routed_country, n);
create index ix_indicator_role on indicator (report_id, role, n);
create index ix_indicator_kind on indicator (report_id, kind, n);
create index ix_indicator_routing on indicator (report_id, routing, n);
