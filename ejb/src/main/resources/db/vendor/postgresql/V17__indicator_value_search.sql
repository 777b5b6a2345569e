-- Prefix search within a report (docs/indicators.md, "At scale"): values are normalised ASCII, so byte order
-- is their natural order; with the C collation PostgreSQL reads "val like 'p%' order by val" as one range
-- of an index that leads with the report. That index is also the uniqueness of a value in a report (replacing
-- the one that led with the value), which the importer's merges look up.
drop index ux_indicator_value;
alter table indicator alter column val type varchar(2048) collate "C";
create unique index ux_indicator_value on indicator (report_id, val, kind);
