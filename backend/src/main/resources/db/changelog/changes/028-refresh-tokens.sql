--liquibase formatted sql

--changeset safeonline:028-refresh-tokens
--comment: Browser sessions (issue 16): refresh tokens, stored as the SHA-256 of the cookie's value, one row per rotation; the rows of one sign-in share a family
create table refresh_token (
    id                bigint generated always as identity primary key,
    user_id           bigint not null references app_user (id) on delete cascade,
    family_id         uuid not null,
    token_hash        bytea not null,
    family_started_at timestamptz not null,
    issued_at         timestamptz not null,
    expires_at        timestamptz not null,
    used_at           timestamptz,
    revoked_at        timestamptz,
    constraint refresh_token_hash_uq unique (token_hash),
    constraint refresh_token_hash_ck check (octet_length(token_hash) = 32),
    constraint refresh_token_issued_ck check (issued_at >= family_started_at),
    constraint refresh_token_expires_ck check (expires_at > issued_at)
);
-- one live (unused, unrevoked) token per family: the newest of the chain
create unique index refresh_token_live_uq on refresh_token (family_id) where used_at is null and revoked_at is null;
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);
create index refresh_token_expires_idx on refresh_token (expires_at);
