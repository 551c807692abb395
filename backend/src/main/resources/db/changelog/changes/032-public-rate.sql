--liquibase formatted sql

--changeset safeonline:032-public-rate splitStatements:false
-- The public pages' allowance per client address, shared by every replica (common/PublicRateLimit): one token bucket
-- per key ('w:<address>' for writes, 'r:<address>' for reads), refilled continuously at per_minute / 60 a second up to
-- per_minute. Unlogged: a count of recent requests is not worth a WAL record, and a crash that empties it only gives
-- every address a full allowance again. Buckets untouched for a day are dropped by the nightly pruning.
create unlogged table public_rate (
    key     text             primary key,
    tokens  double precision not null,
    at      timestamptz      not null
);

-- Takes one token from key's bucket at now; returns 0 when taken, else the whole seconds until one is there.
-- A clock that goes back (tests moving the business clock) refills nothing and never drains.
create or replace function public_rate_take(k text, per_minute integer, now timestamptz) returns integer language plpgsql as $$
declare
    b public_rate%rowtype;
    per_second double precision := per_minute / 60.0;
    refilled double precision;
begin
    insert into public_rate (key, tokens, at) values (k, per_minute, now) on conflict (key) do nothing;
    select * into b from public_rate where key = k for update;
    refilled := least(per_minute, b.tokens + greatest(0, extract(epoch from (now - b.at))) * per_second);
    if refilled >= 1 then
        update public_rate set tokens = refilled - 1, at = greatest(b.at, now) where key = k;
        return 0;
    end if;
    update public_rate set tokens = refilled, at = greatest(b.at, now) where key = k;
    return greatest(1, ceil((1 - refilled) / per_second))::integer;
end
$$;
