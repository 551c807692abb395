--liquibase formatted sql

--changeset safeonline:023-door-short-code splitStatements:false
-- A short code for people, printed under the QR on the card and typed at the door: 8 random symbols from an alphabet without
-- look-alikes (no 0/O, 1/I/L) and a check symbol (weighted sum modulo the prime 31), so a typo is caught before any request. Unique within the
-- event (a door looks a code up in its event); the database gives it, once, to every delegate however the row is written
-- (the form, the import's INSERT … SELECT, the demo). The check symbol's rule is also in checkin/ShortCode (validation) and the
-- SPA's shortCode.ts (the door, offline); a test holds all three to the same codes.
create or replace function short_code_check(data text) returns char as $$
declare
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    total int := 0;
begin
    -- the symbol c making sum(i * place_i) = 0 modulo 31 over the 9 symbols (31 is prime: every single error and swap is caught);
    -- 7 is the inverse of 9 modulo 31
    for i in 1..length(data) loop
        total := total + i * (strpos(alphabet, substr(data, i, 1)) - 1);
    end loop;
    return substr(alphabet, (31 - total % 31) % 31 * 7 % 31 + 1, 1);
end
$$ language plpgsql immutable strict;

create or replace function short_code_new() returns varchar as $$
declare
    alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    bytes bytea := gen_random_bytes_compat(8);
    data text := '';
begin
    for i in 0..7 loop
        data := data || substr(alphabet, get_byte(bytes, i) % 31 + 1, 1);
    end loop;
    return data || short_code_check(data);
end
$$ language plpgsql volatile;

-- gen_random_uuid() is in core PostgreSQL (13+); pgcrypto's gen_random_bytes may not be installed: 8 bytes from a UUID's random part
create or replace function gen_random_bytes_compat(n int) returns bytea as $$
    select substring(decode(replace(gen_random_uuid()::text, '-', ''), 'hex') from 9 for n)
$$ language sql volatile;

create or replace function attendee_short_code() returns trigger as $$
begin
    if new.short_code is null then
        loop
            new.short_code := short_code_new();
            exit when not exists (select 1 from attendee a where a.event_id = new.event_id and a.short_code = new.short_code);
        end loop;
    end if;
    return new;
end
$$ language plpgsql;

alter table attendee add column short_code varchar(9);
update attendee set short_code = short_code_new();
alter table attendee alter column short_code set not null;
alter table attendee add constraint attendee_short_code_uq unique (event_id, short_code);
alter table attendee add constraint attendee_short_code_ck check (short_code ~ '^[2-9A-HJKMNP-Z]{9}$' and short_code_check(left(short_code, 8)) = right(short_code, 1));
create trigger attendee_short_code before insert on attendee for each row execute function attendee_short_code();
--rollback drop trigger attendee_short_code on attendee; alter table attendee drop column short_code; drop function attendee_short_code(); drop function short_code_new(); drop function gen_random_bytes_compat(int); drop function short_code_check(text);

--changeset safeonline:023-door-sync
-- A door that worked offline sends its scans later: each scan once (its nonce, made by the door), its verdict kept so a replayed
-- batch gets the same answers; one check-in per delegate still (check_in_once_uq), the earliest scan's time standing.
alter table check_in add column door varchar(120);
alter table check_in drop constraint check_in_method_ck;
alter table check_in add constraint check_in_method_ck check (method in ('QR','SEARCH','CODE'));

create table door_scan (
    nonce        uuid primary key,
    event_id     bigint not null references event (id) on delete cascade,
    attendee_id  bigint references attendee (id) on delete cascade,
    venue_id     bigint references venue (id) on delete set null,
    door         varchar(120) not null,
    scanned_at   timestamptz not null,
    method       varchar(10) not null,
    verdict      varchar(24) not null,
    conflict     boolean not null default false,
    received_at  timestamptz not null,
    constraint door_scan_method_ck check (method in ('QR','SEARCH','CODE')),
    constraint door_scan_verdict_ck check (verdict in ('CHECKED_IN','ALREADY_CHECKED_IN','NOT_ADMISSIBLE','UNKNOWN'))
);
create index door_scan_event_idx on door_scan (event_id, received_at);

-- two doors admitted the same delegate while at least one was offline: kept for the organiser to look at
create sequence check_in_conflict_seq start with 1 increment by 50;
create table check_in_conflict (
    id              bigint primary key,
    event_id        bigint not null references event (id) on delete cascade,
    attendee_id     bigint not null references attendee (id) on delete cascade,
    kept_venue_id   bigint references venue (id) on delete set null,
    kept_at         timestamptz not null,
    kept_door       varchar(120),
    other_venue_id  bigint references venue (id) on delete set null,
    other_at        timestamptz not null,
    other_door      varchar(120),
    nonce           uuid not null unique,
    detected_at     timestamptz not null
);
create index check_in_conflict_event_idx on check_in_conflict (event_id, detected_at);
--rollback drop table check_in_conflict; drop sequence check_in_conflict_seq; drop table door_scan; alter table check_in drop column door;
