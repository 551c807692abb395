--liquibase formatted sql

--changeset sync:020-updated-at splitStatements:false
-- Sync conventions (issue 13 part 5): every row a system syncs with updatedSince has an updated_at, kept on every change.
-- The application stamps it from its business clock where it writes through entities; a change that does not (a plain
-- SQL update, a check-in) gets the database time. One function for every table.
create or replace function touch_updated_at() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.updated_at := coalesce(new.updated_at, now());
    elsif new.updated_at is not distinct from old.updated_at then
        new.updated_at := greatest(now(), old.updated_at);
    end if;
    return new;
end
$$;

alter table activity_report add column updated_at timestamptz;
update activity_report set updated_at = created_at;
alter table activity_report alter column updated_at set not null;

alter table check_in add column updated_at timestamptz;
update check_in set updated_at = checked_in_at;
alter table check_in alter column updated_at set not null;

update task set updated_at = created_at where updated_at is null;
update attendee set updated_at = created_at where updated_at is null;

create trigger task_touch_updated_at before insert or update on task for each row execute function touch_updated_at();
create trigger attendee_touch_updated_at before insert or update on attendee for each row execute function touch_updated_at();
create trigger activity_report_touch_updated_at before insert or update on activity_report for each row execute function touch_updated_at();
create trigger check_in_touch_updated_at before insert or update on check_in for each row execute function touch_updated_at();

-- a progress report changes its task's derived status and progress: the task counts as changed
create or replace function touch_task_of_progress_report() returns trigger language plpgsql as $$
begin
    update task set updated_at = greatest(now(), updated_at) where id = new.task_id;
    return null;
end
$$;
create trigger progress_report_touches_task after insert or update on progress_report for each row execute function touch_task_of_progress_report();

create index task_updated_at_idx on task (updated_at);
create index attendee_updated_at_idx on attendee (event_id, updated_at);
create index activity_report_updated_at_idx on activity_report (campaign_id, updated_at);
create index check_in_updated_at_idx on check_in (event_id, updated_at);
--rollback drop trigger progress_report_touches_task on progress_report; drop function touch_task_of_progress_report(); drop trigger task_touch_updated_at on task; drop trigger attendee_touch_updated_at on attendee; drop trigger activity_report_touch_updated_at on activity_report; drop trigger check_in_touch_updated_at on check_in; alter table activity_report drop column updated_at; alter table check_in drop column updated_at; drop function touch_updated_at();
