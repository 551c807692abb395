--liquibase formatted sql

--changeset safeonline:009-report-task-progress-at splitStatements:false
-- A task's progress as it stood at the end of a given day: only reports dated up to that day count, and
-- "overdue" is judged against that day. Reports "as of" a past date use it; the view task_progress is the
-- same function at today, so the rule lives in one place. A single-SELECT SQL function that is STABLE and
-- not STRICT is inlined by the planner: filters on task_id still reach the indexes.
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
             where x.task_id = t.id and x.value is not null and x.report_date <= as_of
             order by x.report_date desc, x.id desc limit 1) as reached_value,
           min(pr.report_date) filter (where pr.done or (t.target_value is not null and pr.value >= t.target_value)) as done_date
    from progress_report pr
    where pr.task_id = t.id and pr.report_date <= as_of
) r
$$;

drop view task_progress;
create view task_progress as
select task_id, report_count, last_report_date, reached_value, done_date, status
from task_progress_at(current_date);
