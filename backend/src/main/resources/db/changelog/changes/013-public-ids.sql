--liquibase formatted sql

--changeset safeonline:013-public-ids splitStatements:false
-- Public pages name a campaign, a contest or a quiz by an opaque public id, never by its database id: sequential ids
-- would let anyone enumerate them. 16 hex digits (64 bits) from gen_random_uuid() (a strong random source): the 12 digits
-- before the version nibble and 4 after the variant bits. The database gives it on insert, whichever path inserts.
create or replace function new_public_id() returns varchar(16) language sql volatile as $$
  select substr(h, 1, 12) || substr(h, 21, 4) from (select replace(gen_random_uuid()::text, '-', '') as h) u
$$;

alter table campaign add column public_id varchar(16) not null default new_public_id();
alter table contest add column public_id varchar(16) not null default new_public_id();
alter table quiz add column public_id varchar(16) not null default new_public_id();
alter table campaign add constraint campaign_public_id_key unique (public_id);
alter table contest add constraint contest_public_id_key unique (public_id);
alter table quiz add constraint quiz_public_id_key unique (public_id);
