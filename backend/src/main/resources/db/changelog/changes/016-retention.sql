--liquibase formatted sql

--changeset safeonline:016-retention splitStatements:false
-- Retention and erasure of children's personal data (README "Children's data" › "Retention and erasure").
-- A plan keeps its children's personal data for retention_days (default 90) after it closes (plan_closes_on, the one
-- definition); then the retention job (retention/RetentionService) anonymises them. Withdrawn contest entries and a
-- person's records erased on request are anonymised at once, by the same functions. Anonymising keeps the rows, so
-- counts, quota tallies, check-ins, rankings and indicators still add up; anonymised_at marks what was done.
alter table plan add column retention_days integer not null default 90;
alter table plan add constraint plan_retention_days_ck check (retention_days between 1 and 3650);
alter table attendee add column anonymised_at timestamptz;
alter table contest_entry add column anonymised_at timestamptz;
alter table pledge add column anonymised_at timestamptz;
alter table import_row add column anonymised_at timestamptz;

-- The neutral name that replaces a person's (no initials), and its folded form for name searches.
create or replace function anonymised_name() returns varchar language sql immutable parallel safe as $$
    select 'Đã ẩn danh'::varchar
$$;

-- The day a plan closes: the last day of its activity, in Vietnam's calendar — the latest of its end date, its
-- campaigns' last days, its events' last days and its contests' closing days; a plan closed or cancelled before that
-- closes on the day it was closed or cancelled. A plan with none of these dates has not closed (null).
create or replace function plan_closes_on(plan_id bigint) returns date language sql stable parallel safe as $$
    select least(greatest(pl.end_date,
                          (select max(c.ends_on) from campaign c where c.plan_id = pl.id),
                          (select max((e.ends_at at time zone 'Asia/Ho_Chi_Minh')::date) from event e where e.plan_id = pl.id),
                          (select max((k.closes_at at time zone 'Asia/Ho_Chi_Minh')::date)
                           from contest k join campaign c on c.id = k.campaign_id where c.plan_id = pl.id)),
                 (coalesce(pl.closed_at, pl.cancelled_at) at time zone 'Asia/Ho_Chi_Minh')::date)
    from plan pl where pl.id = $1
$$;

-- The last day a plan's children's personal data are kept: its close plus its retention; from the next day they are
-- anonymised. Null while the plan has not closed.
create or replace function plan_retained_until(plan_id bigint) returns date language sql stable parallel safe as $$
    select plan_closes_on(pl.id) + pl.retention_days from plan pl where pl.id = $1
$$;

-- Whether a plan's children's personal data are kept no longer on this day (its retention is over).
create or replace function plan_retention_expired(plan_id bigint, today date) returns boolean language sql stable parallel safe as $$
    select coalesce(plan_retained_until($1) < $2, false)
$$;

-- What anonymising leaves of each kind of record (each rule once; every path calls these):
-- a delegate keeps its quota, event, venue, status, school, grade and unit (the figures); its name becomes the
-- neutral one and its contacts, guardian and circumstances go.
create or replace function anonymise_attendees(ids bigint[], stamp timestamptz) returns integer language sql as $$
    with done as (
        update attendee set full_name = anonymised_name(), name_search = 'da an danh', person_key = null, phone = null,
            phone_norm = null, email = null, guardian_name = null, guardian_phone = null, difficult_circumstances = null,
            anonymised_at = stamp, updated_at = stamp, version = version + 1
        where id = any(ids) and anonymised_at is null
        returning 1)
    select count(*)::integer from done
$$;

-- a contest entry keeps its contest, category, school, grade, title, consent record, scores and so its rank; the
-- pupil's name, the guardian and the work (a link or a text a child wrote) go.
create or replace function anonymise_contest_entries(ids bigint[], stamp timestamptz) returns integer language sql as $$
    with done as (
        update contest_entry set pupil_name = anonymised_name(), guardian_name = null, guardian_phone = null,
            work_url = null, work_text = anonymised_name(), anonymised_at = stamp, version = version + 1
        where id = any(ids) and anonymised_at is null
        returning 1)
    select count(*)::integer from done
$$;

-- a pledge keeps its campaign, unit, audience, status and moderation; its display name and its text go.
create or replace function anonymise_pledges(ids bigint[], stamp timestamptz) returns integer language sql as $$
    with done as (
        update pledge set display_name = anonymised_name(), text = anonymised_name(), anonymised_at = stamp, version = version + 1
        where id = any(ids) and anonymised_at is null
        returning 1)
    select count(*)::integer from done
$$;

-- a spreadsheet row keeps its verdict, messages, unit, school and grade; the person's columns go.
create or replace function anonymise_import_rows(job_ids bigint[], row_numbers integer[], stamp timestamptz) returns integer language sql as $$
    with done as (
        update import_row r set data = (r.data - array['fullName', 'position', 'phone', 'email', 'guardianName', 'guardianPhone',
                'difficultCircumstances']) || jsonb_build_object('fullName', anonymised_name()),
            name_search = null, phone_norm = null, dedupe_key = null, anonymised_at = stamp
        from unnest(job_ids, row_numbers) as k (job_id, row_number)
        where r.job_id = k.job_id and r.row_number = k.row_number and r.anonymised_at is null
        returning 1)
    select count(*)::integer from done
$$;

-- Everything of a plan whose retention is over: its minors' delegates and their spreadsheet rows, its contests' entries,
-- its walls' pledges. Idempotent: what is anonymised already is left alone (the counts say what this call did).
create or replace function anonymise_plan(p_id bigint, stamp timestamptz,
                                          out attendees integer, out entries integer, out pledges integer, out import_rows integer)
    language plpgsql as $$
begin
    attendees := anonymise_attendees(array(
        select a.id from attendee a
        join event e on e.id = a.event_id
        join quota q on q.id = a.quota_id
        join invitee_category ic on ic.id = q.category_id
        where e.plan_id = p_id and ic.minors and a.anonymised_at is null), stamp);
    entries := anonymise_contest_entries(array(
        select ce.id from contest_entry ce
        join contest k on k.id = ce.contest_id
        join campaign c on c.id = k.campaign_id
        where c.plan_id = p_id and ce.anonymised_at is null), stamp);
    pledges := anonymise_pledges(array(
        select pg.id from pledge pg join campaign c on c.id = pg.campaign_id
        where c.plan_id = p_id and pg.anonymised_at is null), stamp);
    select anonymise_import_rows(array_agg(r.job_id), array_agg(r.row_number), stamp) into import_rows
    from import_row r
    join import_job j on j.id = r.job_id
    join quota q on q.id = j.quota_id
    join event e on e.id = q.event_id
    join invitee_category ic on ic.id = q.category_id
    where e.plan_id = p_id and ic.minors and r.anonymised_at is null;
    import_rows := coalesce(import_rows, 0);
end $$;

--changeset safeonline:016-withdrawn-entries
-- entries withdrawn before withdrawal anonymised them keep nothing of the pupil or guardian either
select anonymise_contest_entries(array(select id from contest_entry where withdrawn_at is not null), now());
