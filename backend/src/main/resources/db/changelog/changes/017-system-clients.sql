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
