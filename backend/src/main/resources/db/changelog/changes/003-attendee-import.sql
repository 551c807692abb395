--liquibase formatted sql

--changeset safeonline:003-import
-- a spreadsheet import: parsed into rows with a verdict each, committed only on confirmation
create sequence import_job_seq start with 1 increment by 50;
create table import_job (
    id              bigint primary key,
    quota_id        bigint not null references quota (id) on delete cascade,
    user_id         bigint not null references app_user (id),
    file_name       varchar(255) not null,
    status          varchar(12) not null,
    total_rows      integer,
    processed_rows  integer not null default 0,
    valid_rows      integer not null default 0,
    invalid_rows    integer not null default 0,
    duplicate_rows  integer not null default 0,
    over_quota_rows integer not null default 0,
    created_count   integer,
    error           varchar(1000),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    constraint import_job_status_ck check (status in ('PARSING','READY','COMMITTED','FAILED'))
);
create index import_job_quota_idx on import_job (quota_id);

create table import_row (
    job_id      bigint not null references import_job (id) on delete cascade,
    row_number  integer not null,
    status      varchar(12) not null,
    name_search varchar(200),
    phone_norm  varchar(20),
    dedupe_key  varchar(600),
    data        jsonb not null,
    messages    jsonb not null default '[]',
    primary key (job_id, row_number),
    constraint import_row_status_ck check (status in ('VALID','INVALID','DUPLICATE','OVER_QUOTA'))
);
create index import_row_status_idx on import_row (job_id, status);

--changeset safeonline:003-door-counters
-- the door's live counters count a venue's expected delegates
create index attendee_event_venue_idx on attendee (event_id, venue_id) where status in ('SUBMITTED', 'CONFIRMED');

--changeset safeonline:003-matrix-covering-index
-- the quota matrix counts an event's attendees by quota and status from the index alone
create index attendee_event_quota_status_idx on attendee (event_id, quota_id, status);
