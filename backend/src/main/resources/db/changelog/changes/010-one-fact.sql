--liquibase formatted sql

--changeset safeonline:010-task-progress-today
-- "today" is Vietnam's day and comes from the application's business clock (BusinessClock): nothing reads the
-- database's current_date, which is the session's zone (UTC on most servers) and lags Vietnam by a day until 07:00.
-- Every reader calls task_progress_at(<the clock's day>).
drop view task_progress;

--changeset safeonline:010-task-labels
-- a label names one task of a plan (III.1, III.1.a, …): lists, reminders and reports cite it; earlier repeats get a letter
with repeated as (
    select id, label || '.' || chr(96 + row_number() over (partition by plan_id, label order by position, id)::int) as unique_label
    from task t
    where label is not null and (select count(*) from task o where o.plan_id = t.plan_id and o.label = t.label) > 1
)
update task t set label = r.unique_label from repeated r where r.id = t.id;
create unique index task_plan_label_uq on task (plan_id, label) where label is not null;

--changeset safeonline:010-target-scope-audience splitStatements:false
-- a target's scope is a set of unit kinds chosen in the target (empty: every unit of the campaign)
alter table campaign_target add column unit_types jsonb not null default '[]' check (jsonb_typeof(unit_types) = 'array');
update campaign_target set unit_types = jsonb_build_array(organization_type) where organization_type is not null;
alter table campaign_target drop column organization_type;

-- parents are an audience with a headcount
alter table campaign_unit add column parents integer not null default 0 check (parents >= 0);
alter table activity_report add column parents integer not null default 0 check (parents >= 0);
alter table target_tally add column parents bigint not null default 0;
alter table campaign_target drop constraint campaign_target_audience_check;
alter table campaign_target add constraint campaign_target_audience_ck check (audience in ('OFFICERS', 'PUPILS', 'STUDENTS', 'TEACHERS', 'PARENTS'));

-- who acted on a public page (asked on the page; null for what was counted before it asked): the count goes to that audience
alter table frame_adoption add column audience varchar(16) check (audience in ('OFFICERS', 'PUPILS', 'STUDENTS', 'TEACHERS', 'PARENTS', 'OTHER'));
alter table quiz_attempt add column audience varchar(16) check (audience in ('OFFICERS', 'PUPILS', 'STUDENTS', 'TEACHERS', 'PARENTS', 'OTHER'));
alter table pledge add column audience varchar(16) check (audience in ('OFFICERS', 'PUPILS', 'STUDENTS', 'TEACHERS', 'PARENTS', 'OTHER'));
create index frame_adoption_rollup_idx on frame_adoption (campaign_id, organization_id, audience, created_at);

-- a report whose figures exceed the unit's headcount is held for review and not counted until accepted
alter table activity_report add column held_reason varchar(200);

drop index activity_report_rollup_idx;
create index activity_report_rollup_idx on activity_report (campaign_id, organization_id, type, activity_date)
    include (officers, pupils, students, teachers, parents, others) where held_reason is null;

-- whether a report counts for a target: not held, of its type, and dated in its window, which never leaves the campaign's period
create or replace function report_counts_for(kind varchar, activity_type varchar, from_date date, to_date date, r_type varchar, r_date date)
    returns boolean language sql immutable parallel safe as $$
    select r_date between from_date and to_date
       and case when kind = 'FRAME_ADOPTION' then r_type = 'FRAME_SWITCH' else activity_type is null or r_type = activity_type end
$$;

create or replace function target_window_from(t campaign_target, c campaign) returns date language sql immutable parallel safe as $$
    select greatest(coalesce(t.from_date, c.starts_on), c.starts_on)
$$;
create or replace function target_window_to(t campaign_target, c campaign) returns date language sql immutable parallel safe as $$
    select least(coalesce(t.to_date, c.ends_on), c.ends_on)
$$;

create or replace function target_tally_recompute(pair_targets bigint[], pair_units bigint[]) returns void language sql as $$
    delete from target_tally tt using unnest(pair_targets, pair_units) as p(target_id, organization_id)
    where tt.target_id = p.target_id and tt.organization_id = p.organization_id;
    insert into target_tally (target_id, organization_id, reports, officers, pupils, students, teachers, parents, last_date)
    select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), sum(r.parents), max(r.activity_date)
    from (select distinct * from unnest(pair_targets, pair_units) as p(target_id, organization_id)) p
    join campaign_target t on t.id = p.target_id
    join campaign c on c.id = t.campaign_id
    join activity_report r on r.campaign_id = t.campaign_id and r.organization_id = p.organization_id
    where r.held_reason is null
      and report_counts_for(t.kind, t.activity_type, target_window_from(t, c), target_window_to(t, c), r.type, r.activity_date)
    group by t.id, r.organization_id order by 1, 2;
$$;

create or replace function target_tally_refresh(targets bigint[]) returns void language sql as $$
    delete from target_tally where target_id = any(targets);
    insert into target_tally (target_id, organization_id, reports, officers, pupils, students, teachers, parents, last_date)
    select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), sum(r.parents), max(r.activity_date)
    from campaign_target t join campaign c on c.id = t.campaign_id join activity_report r on r.campaign_id = t.campaign_id
    where t.id = any(targets) and r.held_reason is null
      and report_counts_for(t.kind, t.activity_type, target_window_from(t, c), target_window_to(t, c), r.type, r.activity_date)
    group by t.id, r.organization_id order by 1, 2;
$$;

create or replace function target_tally_reports() returns trigger language plpgsql as $$
declare
    ts bigint[];
    us bigint[];
begin
    if tg_op = 'INSERT' then
        insert into target_tally as tt (target_id, organization_id, reports, officers, pupils, students, teachers, parents, last_date)
        select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), sum(r.parents), max(r.activity_date)
        from new_rows r join campaign_target t on t.campaign_id = r.campaign_id join campaign c on c.id = t.campaign_id
        where r.held_reason is null
          and report_counts_for(t.kind, t.activity_type, target_window_from(t, c), target_window_to(t, c), r.type, r.activity_date)
        group by t.id, r.organization_id order by 1, 2
        on conflict (target_id, organization_id) do update set reports = tt.reports + excluded.reports,
            officers = tt.officers + excluded.officers, pupils = tt.pupils + excluded.pupils, students = tt.students + excluded.students,
            teachers = tt.teachers + excluded.teachers, parents = tt.parents + excluded.parents,
            last_date = greatest(tt.last_date, excluded.last_date);
    else
        -- a report changed or went away: recompute the pairs it touched (a unit's reports for a target are few)
        select array_agg(target_id), array_agg(organization_id) into ts, us from (
            select distinct t.id as target_id, r.organization_id from old_rows r join campaign_target t on t.campaign_id = r.campaign_id
            order by 1, 2) p;
        if ts is not null then perform target_tally_recompute(ts, us); end if;
        if tg_op = 'UPDATE' then
            select array_agg(target_id), array_agg(organization_id) into ts, us from (
                select distinct t.id as target_id, r.organization_id from new_rows r join campaign_target t on t.campaign_id = r.campaign_id
                order by 1, 2) p;
            if ts is not null then perform target_tally_recompute(ts, us); end if;
        end if;
    end if;
    return null;
end $$;

select target_tally_refresh(array(select id from campaign_target));

--changeset safeonline:010-duplicate-key
-- one duplicate key, computed by the application (Attendee.personKey: folded name | folded unit, or the submitting
-- organisation's name) and stored, so that the form, the API and the import compare the same thing; with the phone
-- (phone_norm) it defines a pair. A pair the organisers keep both of is recorded; cancelling one ends the pair.
alter table attendee add column person_key varchar(700);
create index attendee_event_person_idx on attendee (event_id, person_key) where status in ('SUBMITTED', 'CONFIRMED');
alter table attendee drop column duplicate_of_id;
create table duplicate_resolution (
    first_id    bigint not null references attendee (id) on delete cascade,
    second_id   bigint not null references attendee (id) on delete cascade,
    resolution  varchar(10) not null check (resolution in ('KEEP_BOTH')),
    resolved_by bigint references app_user (id),
    resolved_at timestamptz not null default now(),
    primary key (first_id, second_id),
    constraint duplicate_resolution_order_ck check (first_id < second_id)
);
