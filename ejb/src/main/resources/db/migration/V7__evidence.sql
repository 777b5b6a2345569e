-- Evidence (docs/evidence.md): files attached to reports, their shares with partner countries under an
-- agreement, and their chain of custody. The bytes live in the content-addressed evidence store, not here.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode); sequences as in V1.

create sequence evidence_seq start with 50 increment by 50;

create table evidence (
    id                bigint         primary key,
    reference         varchar(32)    not null unique,
    report_reference  varchar(32)    not null references incident_report (reference),
    owner_country     varchar(3)     not null references country (code),
    display_name      varchar(255)   not null,
    category          varchar(32)    not null,
    tlp               varchar(16)    not null,
    description       varchar(2000),
    media_type        varchar(100)   not null,
    size_bytes        bigint         not null,
    sha256            varchar(64)    not null,
    storage_key       varchar(200)   not null,
    integrity         varchar(16)    not null,
    last_verified_at  timestamp with time zone,
    uploaded_by       varchar(100)   not null,
    uploaded_at       timestamp with time zone not null,
    version           bigint         not null
);

-- the evidence list of a report; the quota sum of a country; "is this blob still used"
create index ix_evidence_report on evidence (report_reference, id);
create index ix_evidence_owner on evidence (owner_country);
create index ix_evidence_sha256 on evidence (sha256);

create sequence evidence_share_seq start with 50 increment by 50;

create table evidence_share (
    id              bigint         primary key,
    evidence_id     bigint         not null references evidence (id),
    country_code    varchar(3)     not null references country (code),
    agreement_ref   varchar(32)    not null,
    shared_by       varchar(100)   not null,
    shared_at       timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    status          varchar(16)    not null,
    ended_by        varchar(100),
    ended_at        timestamp with time zone,
    version         bigint         not null
);

-- what a receiver sees; what the retention purge finds
create index ix_share_country on evidence_share (country_code, status, expires_at);
create index ix_share_evidence on evidence_share (evidence_id);
create index ix_share_expiry on evidence_share (status, expires_at);

create sequence evidence_custody_seq start with 50 increment by 50;

create table evidence_custody (
    id              bigint         primary key,
    evidence_id     bigint         not null references evidence (id),
    at              timestamp with time zone not null,
    event           varchar(32)    not null,
    actor           varchar(100)   not null,
    actor_country   varchar(3)     not null,
    partner_country varchar(3),
    agreement_ref   varchar(32),
    sha256          varchar(64),
    detail          varchar(500)
);

create index ix_custody_evidence on evidence_custody (evidence_id, id);
