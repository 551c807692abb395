--liquibase formatted sql

--changeset safeonline:017-system-clients splitStatements:false
-- System clients: a school's or a department's system calling the API. Each acts through an account of its organisation
-- (app_user.system), so every organisation rule that applies to people applies to it; its scopes narrow what it may call.
-- It never signs in with a password: it gets short-lived tokens by the OAuth 2.0 client-credentials grant, with a secret
-- stored as a SHA-256 hash (a random 256-bit secret needs no slow hash); during a rotation the previous secret stays
-- valid until previous_valid_until.
alter table app_user add column system boolean not null default false;
alter table app_user add column scopes varchar(32)[];
alter table app_user add constraint app_user_system_ck check (not system or (password_hash is null and scopes is not null));
alter table app_user add constraint app_user_scopes_ck check (scopes is null or scopes <@ array['plans:read','progress:write',
    'attendees:write','activities:write','checkin:write','indicators:read']::varchar(32)[]);

create sequence system_client_seq start with 1 increment by 50;
create table system_client (
    id                    bigint primary key,
    client_id             varchar(40) not null,
    name                  varchar(200) not null,
    account_id            bigint not null references app_user (id),
    secret_hash           varchar(64) not null,
    previous_secret_hash  varchar(64),
    previous_valid_until  timestamptz,
    created_by            bigint references app_user (id),
    created_at            timestamptz not null,
    last_used_at          timestamptz,
    revoked_at            timestamptz,
    version               integer not null default 0,
    constraint system_client_client_id_uq unique (client_id),
    constraint system_client_account_uq unique (account_id)
);

--changeset safeonline:017-client-rate splitStatements:false
-- Each system client's requests per minute, shared by every replica: one atomic upsert per request counts it in the
-- current minute's window (auth/ClientRateLimit); windows older than an hour are dropped as the client moves on.
create table client_rate (
    account_id    bigint      not null references app_user (id) on delete cascade,
    window_start  timestamptz not null,
    requests      integer     not null,
    primary key (account_id, window_start)
);

create or replace function client_rate_take(account bigint, win timestamptz) returns integer language sql as $$
    with counted as (
        insert into client_rate as r (account_id, window_start, requests) values (account, win, 1)
        on conflict (account_id, window_start) do update set requests = r.requests + 1
        returning requests
    ), dropped as (
        delete from client_rate where account_id = account and window_start < win - interval '1 hour'
    )
    select requests from counted
$$;
