--liquibase formatted sql

--changeset safeonline:004-quota-tally splitStatements:false
-- each quota's attendees by status, kept by statement triggers in the transaction of the change:
-- the quota matrix reads one row per quota instead of counting every attendee of the event,
-- and a bulk import adds its 100,000 rows with one aggregate, not one update per row
create table quota_tally (
    quota_id        bigint primary key references quota (id) on delete cascade,
    active_count    integer not null default 0 check (active_count >= 0),
    confirmed_count integer not null default 0 check (confirmed_count >= 0),
    declined_count  integer not null default 0 check (declined_count >= 0)
);

create or replace function quota_tally_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- the rows taken away were counted: their quotas' tallies exist
        update quota_tally t set active_count = t.active_count - d.active, confirmed_count = t.confirmed_count - d.confirmed,
            declined_count = t.declined_count - d.declined
        from (select quota_id, count(*) filter (where status in ('SUBMITTED', 'CONFIRMED')) as active,
                     count(*) filter (where status = 'CONFIRMED') as confirmed, count(*) filter (where status = 'DECLINED') as declined
              from old_rows group by quota_id) d
        where t.quota_id = d.quota_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into quota_tally as t (quota_id, active_count, confirmed_count, declined_count)
        select quota_id, count(*) filter (where status in ('SUBMITTED', 'CONFIRMED')),
               count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'DECLINED')
        from new_rows group by quota_id order by quota_id
        on conflict (quota_id) do update set active_count = t.active_count + excluded.active_count,
            confirmed_count = t.confirmed_count + excluded.confirmed_count,
            declined_count = t.declined_count + excluded.declined_count;
    end if;
    return null;
end $$;

create trigger attendee_tally_insert after insert on attendee referencing new table as new_rows
    for each statement execute function quota_tally_apply();
create trigger attendee_tally_update after update on attendee referencing old table as old_rows new table as new_rows
    for each statement execute function quota_tally_apply();
create trigger attendee_tally_delete after delete on attendee referencing old table as old_rows
    for each statement execute function quota_tally_apply();

insert into quota_tally (quota_id, active_count, confirmed_count, declined_count)
select quota_id, count(*) filter (where status in ('SUBMITTED', 'CONFIRMED')),
       count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'DECLINED')
from attendee group by quota_id;

--changeset safeonline:004-drop-attendee-count-indexes
-- the matrix reads the tallies now; listing by event uses (event_id, name_search), door counts the partial venue index
drop index attendee_event_quota_status_idx;
drop index attendee_event_idx;
