--liquibase formatted sql

--changeset safeonline:034-schema-release
-- The changelogs a database has been brought up to, each named by a digest of the master changelog and every file it
-- includes (common/SchemaMigration). A start whose changelog's digest is here has nothing to apply and skips Liquibase
-- (about a third of a second of a restart); any other start runs Liquibase, which applies what is missing under its lock.
create table schema_release (
    fingerprint char(64) primary key,
    applied_at timestamptz not null default now()
);
