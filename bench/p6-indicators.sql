-- bench P6: fills report :report (a report of CN made through the API) with :n indicators (default 10,000,000),
-- in one statement (PostgreSQL only), then counts them into the report's tally as re-routing does.
-- Mostly infected-system IPv4 addresses (first octet 1..223, so a prefix search has ~1/223 of them to find),
-- with domains, URLs and SHA-256 hashes; c2-servers 1 in 100; routed to the four demo countries in blocks, 5 in 100
-- unmatched, 1 in 1000 in conflict, hashes not routable. Values are distinct, as the importer keeps them.
insert into indicator (report_id, n, kind, val, role, first_seen, last_seen, routing, routed_country)
select :report, g,
       case when g % 20 = 7 then 'domain' when g % 20 = 13 then 'url' when g % 50 = 11 then 'sha256' else 'ipv4' end,
       case when g % 20 = 7 then 'host' || g || '.example.' || (array['cn','com','de','fr'])[1 + g % 4]
            when g % 20 = 13 then 'http://gate' || g || '.example.net/p?id=' || g
            when g % 50 = 11 then encode(sha256(int8send(g)), 'hex')
            else (1 + g % 223) || '.' || (g / 223 >> 16 & 255) || '.' || (g / 223 >> 8 & 255) || '.' || (g / 223 & 255) end,
       case when g % 100 = 3 then 'c2-server' when g % 100 = 5 then 'source' when g % 100 = 9 then 'target'
            else 'infected-system' end,
       timestamptz '2026-01-01' + (g % 86400) * interval '1 minute', timestamptz '2026-06-01' + (g % 86400) * interval '1 minute',
       case when g % 50 = 11 then 'none' when g % 20 = 19 then 'unmatched' when g % 1000 = 17 then 'conflict' else 'matched' end,
       case when g % 50 = 11 or g % 20 = 19 or g % 1000 = 17 then null
            else (array['CN','US','DE','FR'])[1 + (g / 100000) % 4] end
  from generate_series(1, :n) g;
delete from indicator_tally where report_id = :report;
insert into indicator_tally (report_id, kind, role, routing, routed_country, rows_counted)
select report_id, kind, role, routing, coalesce(routed_country, ''), count(*)
  from indicator where report_id = :report group by report_id, kind, role, routing, coalesce(routed_country, '');
vacuum analyze indicator;
