--liquibase formatted sql

--changeset safeonline:027-progress-report-contribution splitStatements:false
-- A cooperating agency (phối hợp) reports its contribution to a task: kept with the task's reports, shown in its history
-- and in the official report, but only the lead agency's reports set the task's figure and status. A contribution never
-- completes the task.
alter table progress_report add column contribution boolean not null default false;
alter table progress_report add constraint progress_report_contribution_ck check (not contribution or not done);

-- task_progress_at (009) over the lead's reports only: contributions are neither counted nor read for the figure.
create or replace function task_progress_at(as_of date)
    returns table (task_id bigint, report_count bigint, last_report_date date, reached_value numeric, done_date date, status text)
    language sql stable parallel safe as
$$
select t.id as task_id,
       r.report_count,
       r.last_report_date,
       r.reached_value,
       r.done_date,
       case
           when p.status = 'DRAFT' then 'NOT_STARTED'
           when r.done_date is not null then
               case when coalesce(t.due_date, p.end_date) is null or r.done_date <= coalesce(t.due_date, p.end_date)
                    then 'DONE_ON_TIME' else 'DONE_LATE' end
           when coalesce(t.due_date, p.end_date) < as_of then 'OVERDUE'
           when r.report_count > 0 then 'IN_PROGRESS'
           else 'NOT_STARTED'
       end as status
from task t
join plan p on p.id = t.plan_id
cross join lateral (
    select count(*) as report_count,
           max(pr.report_date) as last_report_date,
           (select x.value from progress_report x
             where x.task_id = t.id and not x.contribution and x.value is not null and x.report_date <= as_of
             order by x.report_date desc, x.id desc limit 1) as reached_value,
           min(pr.report_date) filter (where pr.done or (t.target_value is not null and pr.value >= t.target_value)) as done_date
    from progress_report pr
    where pr.task_id = t.id and not pr.contribution and pr.report_date <= as_of
) r
$$;

-- what an event says beyond its entity (task.progress_reported: the reporting organisation and the report's kind)
alter table event_outbox add column detail jsonb;
