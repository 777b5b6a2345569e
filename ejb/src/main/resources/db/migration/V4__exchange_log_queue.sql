-- Appends no longer wait for one another: an action writes its entry into this queue, in its own
-- transaction; the integrator gives queued entries their gapless positions in the log, in batches
-- (docs/exchange-log.md, "Appending").
create sequence log_queue_seq start with 50 increment by 50;

create table exchange_log_queue (
    id            bigint        primary key,
    at            timestamp with time zone not null,
    actor         varchar(100)  not null,
    actor_country varchar(3)    not null,
    action        varchar(64)   not null,
    countries     varchar(200)  not null,
    object_type   varchar(64)   not null,
    object_id     varchar(64)   not null,
    agreement_id  varchar(64),
    outcome       varchar(500)
);

-- which queued entry became which position (a dossier names the entry that records its own export)
alter table exchange_log_entry add column queue_id bigint;
create unique index ix_log_queue_id on exchange_log_entry (queue_id);
