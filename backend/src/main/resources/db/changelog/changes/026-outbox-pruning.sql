--liquibase formatted sql

--changeset safeonline:026-outbox-pruning
--comment: The nightly pruning (notification/OutboxPruning) finds old finished rows by their age without a scan
create index email_outbox_done_idx on email_outbox (coalesce(sent_at, failed_at)) where sent_at is not null or failed_at is not null;
create index webhook_delivery_done_idx on webhook_delivery (coalesce(delivered_at, last_attempt_at, created_at)) where status <> 'PENDING';
create index event_outbox_fanned_idx on event_outbox (fanned_out_at) where fanned_out_at is not null;
create index scheduled_run_started_idx on scheduled_run (started_at);
