--liquibase formatted sql

--changeset safeonline:012-login-throttle splitStatements:false
-- Sign-in attempts, counted per account ('account:<username>') and per client address ('address:<ip>'), shared by
-- every replica. An attempt is counted before the password is checked, by one atomic upsert (login_attempt); a
-- successful sign-in forgets the account's attempts and gives the address its attempt back (auth/LoginThrottle).
-- The first free_failures attempts in a window are free; each one after sets a delay that doubles from base_delay
-- up to max_lock; while it runs, attempts are refused and not counted. A window without attempts after the last
-- delay ends forgives everything. Unknown usernames are counted like real ones: the answer never says which exist.
create table login_throttle (
    key             varchar(200) primary key,
    failures        integer     not null,
    last_attempt_at timestamptz not null,
    blocked_until   timestamptz,
    attempt_id      uuid        not null
);
create index login_throttle_last_attempt_idx on login_throttle (last_attempt_at);

-- Until when the n-th counted attempt blocks the next one (null: free).
create or replace function login_block(n integer, at timestamptz, free_failures integer, base_delay interval, max_lock interval)
    returns timestamptz language sql immutable parallel safe as $$
    select case when n <= free_failures then null
                else at + least(base_delay * power(2, least(n - free_failures - 1, 40)), max_lock) end
$$;

-- Counts an attempt; returns null when it may go on, or the instant until which it is refused (then nothing changes).
create or replace function login_attempt(attempt_key varchar, at timestamptz, win interval, free_failures integer,
                                         base_delay interval, max_lock interval)
    returns timestamptz language plpgsql as $$
declare
    mine uuid := gen_random_uuid();
    r login_throttle;
begin
    insert into login_throttle as t (key, failures, last_attempt_at, blocked_until, attempt_id)
    values (attempt_key, 1, at, login_block(1, at, free_failures, base_delay, max_lock), mine)
    on conflict (key) do update set
        failures = case when t.blocked_until > at then t.failures
                        when greatest(t.last_attempt_at, t.blocked_until) < at - win then 1
                        else t.failures + 1 end,
        blocked_until = case when t.blocked_until > at then t.blocked_until
                             else login_block(case when greatest(t.last_attempt_at, t.blocked_until) < at - win then 1
                                                   else t.failures + 1 end, at, free_failures, base_delay, max_lock) end,
        last_attempt_at = case when t.blocked_until > at then t.last_attempt_at else at end,
        attempt_id = case when t.blocked_until > at then t.attempt_id else excluded.attempt_id end
    returning * into r;
    return case when r.attempt_id = mine then null else r.blocked_until end;
end
$$;
