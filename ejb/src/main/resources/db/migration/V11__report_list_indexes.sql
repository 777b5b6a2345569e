-- The report list orders by created_at desc, id desc (a stable order for paging). Without id in the
-- index PostgreSQL sorted every report of the country for each page: 0.8 s a page at 250,000 reports of a
-- country (bench P6); with it, the first page is read from the index. The oversight body lists every
-- country's reports, and status is the dashboard's usual filter.
drop index ix_report_owner_created;
create index ix_report_owner_created on incident_report (owner_country, created_at desc, id desc);
drop index ix_report_owner_status;
create index ix_report_owner_status on incident_report (owner_country, status, created_at desc, id desc);
create index ix_report_created on incident_report (created_at desc, id desc);
