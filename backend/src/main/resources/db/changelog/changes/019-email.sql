--liquibase formatted sql

--changeset safeonline:019-email
-- Email (issue 13, part 3): a user's address and whether it wants email; an outbox written in the transaction of the
-- change that causes a message and sent by a scheduled sender (email/EmailSender) with retries.
alter table app_user add column email varchar(254);
alter table app_user add column email_notifications boolean not null default true;
alter table app_user add constraint app_user_email_ck check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

create table email_outbox (
    id              bigint generated always as identity primary key,
    recipient_id    bigint references app_user (id) on delete set null,
    to_address      varchar(254) not null,
    subject         varchar(300) not null,
    body_text       text not null,
    body_html       text,
    kind            varchar(32) not null,
    -- the same message (a reminder to one user for one deadline, …) is queued once
    dedupe_key      varchar(300) not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      varchar(1000),
    -- given up after app.email.max-attempts failures; kept for the operator
    failed_at       timestamptz,
    constraint email_outbox_dedupe_uq unique (dedupe_key),
    constraint email_outbox_attempts_ck check (attempts >= 0)
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where sent_at is null and failed_at is null;

-- Scheduled work (issue 13, part 4): what a job has already noticed (a task turning overdue, an escalation), so that it
-- is acted on once whichever replica runs the job; and every run of every job with its outcome.
create table scheduled_notice (
    kind        varchar(32) not null,
    subject_key varchar(200) not null,
    noticed_at  timestamptz not null,
    primary key (kind, subject_key)
);

create table scheduled_run (
    id          bigint generated always as identity primary key,
    job         varchar(32) not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    skipped     boolean not null default false,
    outcome     jsonb not null default '{}'::jsonb,
    error       varchar(1000)
);
create index scheduled_run_job_idx on scheduled_run (job, started_at desc);
