--liquibase formatted sql

--changeset safeonline:022-event-plan splitStatements:false
-- An event about a plan (its issue, a task's report or lateness, a campaign's activity, target or pledge) names the plan;
-- the fan-out asks plan_visible_to for each subscribing client's organisation, off the request path, instead of the change
-- listing every organisation that sees the plan while the user waits.
alter table event_outbox add column plan_id bigint;
