-- Cooperation requests (docs/cooperation-requests.md): the request, its linked reports, its state
-- changes and its thread; notifications for 24/7 contacts; public holidays per country and the
-- grace period after which an unanswered request expires. Portable SQL (PostgreSQL and H2).

alter table country add column public_holidays varchar(4000) not null default '';
alter table agreement add column expiry_grace_days integer not null default 5;

create sequence cooperation_request_seq start with 50 increment by 50;

create table cooperation_request (
    id                   bigint         primary key,
    reference            varchar(32)    not null unique,
    sender_country       varchar(3)     not null references country (code),
    requested_country    varchar(3)     not null references country (code),
    request_type         varchar(40)    not null,
    title                varchar(200)   not null,
    body                 varchar(20000) not null,
    agreement_ref        varchar(32)    not null references agreement (reference),
    status               varchar(16)    not null,
    sent_by              varchar(100)   not null,
    sent_at              timestamp with time zone not null,
    ack_due_at           timestamp with time zone not null,
    answer_due_at        timestamp with time zone not null,
    expires_at           timestamp with time zone not null,
    next_due_at          timestamp with time zone,
    ack_escalated_at     timestamp with time zone,
    answer_escalated_at  timestamp with time zone,
    status_changed_at    timestamp with time zone not null,
    version              bigint         not null
);

-- the two inboxes, ordered by deadline; the deadline job looks only at open requests
create index ix_request_requested on cooperation_request (requested_country, next_due_at);
create index ix_request_sender on cooperation_request (sender_country, sent_at);
create index ix_request_due on cooperation_request (next_due_at);

create table cooperation_request_report (
    request_id  bigint      not null references cooperation_request (id),
    report_id   bigint      not null references incident_report (id),
    primary key (request_id, report_id)
);
create index ix_request_report_report on cooperation_request_report (report_id);

create sequence cooperation_request_event_seq start with 50 increment by 50;

create table cooperation_request_transition (
    id             bigint        primary key,
    request_id     bigint        not null references cooperation_request (id),
    from_status    varchar(16),
    to_status      varchar(16)   not null,
    actor          varchar(100)  not null,
    actor_country  varchar(3)    not null,
    at             timestamp with time zone not null,
    reason         varchar(2000)
);
create index ix_request_transition on cooperation_request_transition (request_id, id);

create table cooperation_request_message (
    id             bigint         primary key,
    request_id     bigint         not null references cooperation_request (id),
    author         varchar(100)   not null,
    author_country varchar(3)     not null,
    at             timestamp with time zone not null,
    kind           varchar(16)    not null,
    body           varchar(20000) not null
);
create index ix_request_message on cooperation_request_message (request_id, id);

create sequence notification_seq start with 50 increment by 50;

create table notification (
    id            bigint         primary key,
    country_code  varchar(3)     not null references country (code),
    contact       varchar(200)   not null,
    kind          varchar(40)    not null,
    subject_ref   varchar(32)    not null,
    text          varchar(2000)  not null,
    created_at    timestamp with time zone not null
);
create index ix_notification_country on notification (country_code, created_at);
