-- One exchange's entries (the auditor's filter by object, and its dossier) without a full scan.
create index ix_log_object on exchange_log_entry (object_id, seq);
