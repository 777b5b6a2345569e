-- bench P6: fills a portal database with :n incident reports (default 1,000,000) spread over the four
-- demo countries, in one statement (PostgreSQL only). Ids and references come after every existing
-- one, so the portal keeps working on the same database; the report counters move past them.
insert into incident_report (id, reference, owner_country, title, description, rsit_class, rsit_type, severity,
        tlp, status, aware_at, sectors, created_by, created_at, updated_by, updated_at, version)
select base.id + g,
       c.code || '-2025-' || lpad((base.number + (g / 4))::text, 6, '0'),
       c.code,
       'bench report ' || g, 'generated for bench P6 ' || md5(g::text),
       'malicious-code', 'c2-server',
       (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + g % 4],
       (array['CLEAR','GREEN','AMBER','AMBER_STRICT','RED'])[1 + g % 5],
       (array['DRAFT','SUBMITTED','TRIAGED','CLOSED'])[1 + (g / 7) % 4],
       timestamptz '2025-01-01' + g * interval '17 seconds', '',
       'bench', timestamptz '2025-01-01' + g * interval '17 seconds',
       'bench', timestamptz '2025-01-01' + g * interval '17 seconds', 1
  from generate_series(1, :n) g
  join (values (0, 'CN'), (1, 'US'), (2, 'DE'), (3, 'FR')) c(k, code) on c.k = g % 4
 cross join (select coalesce(max(id), 0) + 1000 as id, 1 as number from incident_report) base;
select setval('report_seq', (select max(id) from incident_report) + 1000);
vacuum analyze incident_report;
