--liquibase formatted sql

--changeset safeonline:033-scheduled-period splitStatements:false
-- A scheduled job runs once per period, however many replicas fire it: a run started by the schedule carries the time
-- its schedule fired at (the same on every replica: the cron's own time), claimed under the job's advisory lock; a
-- replica that comes second, even after the first has finished, finds the period taken and records a skipped run.
-- The unique index is the database's guarantee of what the lock and the check already do.
alter table scheduled_run add column period timestamptz;
create unique index scheduled_run_once_idx on scheduled_run (job, period) where period is not null;
