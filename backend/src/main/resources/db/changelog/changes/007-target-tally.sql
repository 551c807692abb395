--liquibase formatted sql

--changeset safeonline:007-target-tally splitStatements:false
-- each target's figures per unit (reports that count for it, participants by audience, last date), kept by
-- triggers in the transaction of every report, target or campaign-period change: the roll-up of 1,000 units ×
-- 20 targets reads 20,000 small rows instead of aggregating every report of the campaign 60 times
create table target_tally (
    target_id       bigint not null references campaign_target (id) on delete cascade,
    organization_id bigint not null references organization (id),
    reports         bigint not null check (reports >= 0),
    officers        bigint not null,
    pupils          bigint not null,
    students        bigint not null,
    teachers        bigint not null,
    last_date       date,
    primary key (target_id, organization_id)
);

-- whether a report counts for a target: in the target's window (the campaign's period when it has none) and of its type
-- (a frame-adoption target counts frame-switch reports; a target without a type counts every report)
create or replace function report_counts_for(kind varchar, activity_type varchar, from_date date, to_date date, r_type varchar, r_date date)
    returns boolean language sql immutable parallel safe as $$
    select r_date between from_date and to_date
       and case when kind = 'FRAME_ADOPTION' then r_type = 'FRAME_SWITCH' else activity_type is null or r_type = activity_type end
$$;

-- recomputes the tallies of the given (target, unit) pairs from the reports
create or replace function target_tally_recompute(pair_targets bigint[], pair_units bigint[]) returns void language sql as $$
    delete from target_tally tt using unnest(pair_targets, pair_units) as p(target_id, organization_id)
    where tt.target_id = p.target_id and tt.organization_id = p.organization_id;
    insert into target_tally (target_id, organization_id, reports, officers, pupils, students, teachers, last_date)
    select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), max(r.activity_date)
    from (select distinct * from unnest(pair_targets, pair_units) as p(target_id, organization_id)) p
    join campaign_target t on t.id = p.target_id
    join campaign c on c.id = t.campaign_id
    join activity_report r on r.campaign_id = t.campaign_id and r.organization_id = p.organization_id
    where report_counts_for(t.kind, t.activity_type, coalesce(t.from_date, c.starts_on), coalesce(t.to_date, c.ends_on), r.type, r.activity_date)
    group by t.id, r.organization_id order by 1, 2;
$$;

-- recomputes every unit's tally of the given targets
create or replace function target_tally_refresh(targets bigint[]) returns void language sql as $$
    delete from target_tally where target_id = any(targets);
    insert into target_tally (target_id, organization_id, reports, officers, pupils, students, teachers, last_date)
    select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), max(r.activity_date)
    from campaign_target t join campaign c on c.id = t.campaign_id join activity_report r on r.campaign_id = t.campaign_id
    where t.id = any(targets)
      and report_counts_for(t.kind, t.activity_type, coalesce(t.from_date, c.starts_on), coalesce(t.to_date, c.ends_on), r.type, r.activity_date)
    group by t.id, r.organization_id order by 1, 2;
$$;

create or replace function target_tally_reports() returns trigger language plpgsql as $$
declare
    ts bigint[];
    us bigint[];
begin
    if tg_op = 'INSERT' then
        insert into target_tally as tt (target_id, organization_id, reports, officers, pupils, students, teachers, last_date)
        select t.id, r.organization_id, count(*), sum(r.officers), sum(r.pupils), sum(r.students), sum(r.teachers), max(r.activity_date)
        from new_rows r join campaign_target t on t.campaign_id = r.campaign_id join campaign c on c.id = t.campaign_id
        where report_counts_for(t.kind, t.activity_type, coalesce(t.from_date, c.starts_on), coalesce(t.to_date, c.ends_on), r.type, r.activity_date)
        group by t.id, r.organization_id order by 1, 2
        on conflict (target_id, organization_id) do update set reports = tt.reports + excluded.reports,
            officers = tt.officers + excluded.officers, pupils = tt.pupils + excluded.pupils, students = tt.students + excluded.students,
            teachers = tt.teachers + excluded.teachers, last_date = greatest(tt.last_date, excluded.last_date);
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

create trigger activity_report_tally_insert after insert on activity_report referencing new table as new_rows
    for each statement execute function target_tally_reports();
create trigger activity_report_tally_update after update on activity_report referencing old table as old_rows new table as new_rows
    for each statement execute function target_tally_reports();
create trigger activity_report_tally_delete after delete on activity_report referencing old table as old_rows
    for each statement execute function target_tally_reports();

create or replace function target_tally_target() returns trigger language plpgsql as $$
begin
    perform target_tally_refresh(array[new.id]);
    return null;
end $$;
create trigger campaign_target_tally after insert or update on campaign_target
    for each row execute function target_tally_target();

create or replace function target_tally_period() returns trigger language plpgsql as $$
begin
    perform target_tally_refresh(array(select id from campaign_target where campaign_id = new.id));
    return null;
end $$;
create trigger campaign_period_tally after update of starts_on, ends_on on campaign
    for each row when (old.starts_on is distinct from new.starts_on or old.ends_on is distinct from new.ends_on)
    execute function target_tally_period();

select target_tally_refresh(array(select id from campaign_target));
