--liquibase formatted sql

--changeset safeonline:021-webhooks splitStatements:false
-- What happened, written in the transaction of the change (common/DomainEvents): the outbox every notification of a
-- system is made from. Thin: a type, the object (kind, id, link), the instant, and the organisations concerned (those
-- whose systems may hear of it). webhook/ fans each event out to the subscriptions that want it, then delivers.
create sequence event_outbox_seq start with 1 increment by 1;
create table event_outbox (
    id             bigint primary key,
    tenant_id      bigint not null,
    type           varchar(60) not null,
    entity_type    varchar(40) not null,
    entity_id      bigint not null,
    link           varchar(300) not null,
    organizations  bigint[] not null,
    occurred_at    timestamptz not null,
    fanned_out_at  timestamptz
);
create index event_outbox_pending_idx on event_outbox (id) where fanned_out_at is null;

create sequence webhook_subscription_seq start with 1 increment by 50;
create table webhook_subscription (
    id               bigint primary key,
    client_id        bigint not null references system_client (id) on delete cascade,
    url              varchar(1000) not null,
    event_types      varchar(60)[] not null,
    secret           varchar(100) not null,
    active           boolean not null default true,
    disabled_reason  varchar(300),
    created_at       timestamptz not null,
    version          integer not null default 0,
    constraint webhook_subscription_types_ck check (cardinality(event_types) > 0)
);
create index webhook_subscription_client_idx on webhook_subscription (client_id);

create sequence webhook_delivery_seq start with 1 increment by 1;
create table webhook_delivery (
    id               bigint primary key,
    subscription_id  bigint not null references webhook_subscription (id) on delete cascade,
    event_id         bigint not null references event_outbox (id) on delete cascade,
    status           varchar(16) not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(500),
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    constraint webhook_delivery_status_ck check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint webhook_delivery_once_uq unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
