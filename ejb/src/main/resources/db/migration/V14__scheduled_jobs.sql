-- Scheduled jobs run once per cluster (docs/deployment.md, "Cluster"): every node's timer fires, the node
-- that moves last_slot to the run's slot does the work. The row is also what on-demand runs lock
-- (tree heads, retention purge) so that two nodes never run one job at the same time.
create table scheduled_job (
    name        varchar(64)  primary key,
    last_slot   bigint       not null,
    holder      varchar(100),
    runs        bigint       not null,
    last_run_at timestamp with time zone
);

insert into scheduled_job (name, last_slot, runs) values ('request-deadlines', 0, 0);
insert into scheduled_job (name, last_slot, runs) values ('log-integrator', 0, 0);
insert into scheduled_job (name, last_slot, runs) values ('tree-heads', 0, 0);
insert into scheduled_job (name, last_slot, runs) values ('retention-purge', 0, 0);
insert into scheduled_job (name, last_slot, runs) values ('evidence-temp-sweep', 0, 0);

-- Queued log entries are placed in the order of their time, then id: ids come from blocks that each node
-- allocates for itself (log_queue_seq, 1000 at a time), so across nodes an id says nothing about which
-- action came first.
create index ix_log_queue_order on exchange_log_queue (at, id);
