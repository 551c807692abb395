--liquibase formatted sql

--changeset safeonline:035-short-code-index
-- The short-code trigger (023) checks each new code against the event's codes. PL/pgSQL keeps that check's plan for the
-- session: planned while the attendee table was small (the demo's 47 rows), it was a sequential scan, and a pooled
-- connection that kept it scanned the whole growing table for every row of a 100,000-row import's INSERT … SELECT
-- (quadratic: the commit ran into the 60 s transaction timeout in 4 of 6 bench runs; bench/ceremony.sh). The unique index
-- (event_id, short_code) answers the check in one probe whatever the table's size: the function plans with it always.
alter function attendee_short_code() set enable_seqscan = off;
--rollback alter function attendee_short_code() reset enable_seqscan;
