-- Imports as jobs visible to every node (docs/indicators.md, "Progress and cancelling"). A row is written
-- when an import starts and updated at each progress step, each time in a short transaction of its own, so
-- that any node can show the progress and record a cancellation while the import's own transaction runs.
-- Whether it committed is never written here: the committed import names its job (indicator_import.job_id),
-- in the import's own transaction. No foreign key to incident_report: the import holds the report's row lock
-- (FOR UPDATE) while the job's own transactions write, and a key check would wait for that lock.
create table import_job (
    id               varchar(36)   primary key,
    report_id        bigint        not null,
    report_ref       varchar(40)   not null,
    country          varchar(8)    not null,
    username         varchar(100)  not null,
    format           varchar(16)   not null,
    declared_bytes   bigint        not null,
    bytes_read       bigint        not null,
    lines_read       bigint        not null,
    started_at       timestamp     not null,
    heartbeat_at     timestamp     not null,
    cancel_requested boolean       not null,
    outcome          varchar(16),
    detail           varchar(500)
);
create index import_job_report on import_job (report_id, started_at);

alter table indicator_import add column job_id varchar(36);
create unique index indicator_import_job on indicator_import (job_id);
