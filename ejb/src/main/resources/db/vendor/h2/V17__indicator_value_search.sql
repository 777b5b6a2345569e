-- Prefix search within a report (docs/indicators.md, "At scale"). H2 keeps the uniqueness index that leads with
-- the value (its planner picks it for the importer's merges); this one serves the search.
create index ix_indicator_report_value on indicator (report_id, val);
