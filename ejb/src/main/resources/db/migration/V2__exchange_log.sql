-- The exchange log (docs/exchange-log.md): append-only entries, the lock row that keeps their
-- sequence gapless and in commit order, and the signed tree heads.

create table exchange_log_entry (
    seq           bigint        primary key,
    at            timestamp with time zone not null,
    actor         varchar(100)  not null,
    actor_country varchar(3)    not null,
    action        varchar(64)   not null,
    countries     varchar(200)  not null,
    object_type   varchar(64)   not null,
    object_id     varchar(64)   not null,
    agreement_id  varchar(64),
    outcome       varchar(500),
    leaf_hash     varchar(44)   not null
);

-- the auditor's filters: by country (countries holds ",CN,US," so that a LIKE finds one), action, time
create index ix_log_at on exchange_log_entry (at);
create index ix_log_action on exchange_log_entry (action, at);

create table exchange_log_state (
    id       integer primary key,
    next_seq bigint  not null
);
insert into exchange_log_state (id, next_seq) values (1, 0);

create table exchange_log_head (
    size       bigint        primary key,
    root_hash  varchar(44)   not null,
    at         timestamp with time zone not null,
    signature  varchar(100)  not null
);
