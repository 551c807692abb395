--liquibase formatted sql

--changeset safeonline:002-event
create sequence event_seq start with 1 increment by 50;
create table event (
    id                  bigint primary key,
    plan_id             bigint not null references plan (id) on delete cascade,
    title               varchar(500) not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    format              varchar(16) not null,
    expected_attendance integer,
    chair               varchar(300),
    description         varchar(10000),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer not null default 0,
    constraint event_period_ck check (ends_at > starts_at),
    constraint event_format_ck check (format in ('IN_PERSON','LIVE_RELAY','ONLINE','HYBRID')),
    constraint event_expected_ck check (expected_attendance is null or expected_attendance between 0 and 1000000)
);
create index event_plan_idx on event (plan_id);

create sequence venue_seq start with 1 increment by 50;
create table venue (
    id        bigint primary key,
    event_id  bigint not null references event (id) on delete cascade,
    name      varchar(300) not null,
    address   varchar(500),
    capacity  integer,
    main      boolean not null default false,
    position  integer not null,
    version   integer not null default 0,
    constraint venue_capacity_ck check (capacity is null or capacity > 0)
);
create index venue_event_idx on venue (event_id, position);
create unique index venue_one_main_uq on venue (event_id) where main;

--changeset safeonline:002-quota
create sequence invitee_category_seq start with 1 increment by 50;
-- categories are data, not an enum: a deployment has its defaults, a plan may add its own
create table invitee_category (
    id            bigint primary key,
    tenant_id     bigint not null references organization (id),
    plan_id       bigint references plan (id) on delete cascade,
    code          varchar(40) not null,
    name          varchar(200) not null,
    minors        boolean not null default false,
    protocol_rank integer not null default 100,
    constraint invitee_category_code_ck check (code ~ '^[A-Z][A-Z0-9_]*$')
);
create unique index invitee_category_code_uq on invitee_category (tenant_id, coalesce(plan_id, 0), code);

create sequence quota_seq start with 1 increment by 50;
create table quota (
    id               bigint primary key,
    event_id         bigint not null references event (id) on delete cascade,
    owner_org_id     bigint not null references organization (id),
    category_id      bigint not null references invitee_category (id),
    quota_count      integer,
    deadline         timestamptz not null,
    extended_until   timestamptz,
    receiving_org_id bigint not null references organization (id),
    note             varchar(1000),
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    constraint quota_count_ck check (quota_count is null or quota_count between 1 and 100000),
    constraint quota_cell_uq unique (event_id, owner_org_id, category_id)
);
create index quota_owner_idx on quota (owner_org_id);

--changeset safeonline:002-attendee
create sequence attendee_seq start with 1 increment by 50;
create table attendee (
    id                      bigint primary key,
    quota_id                bigint not null references quota (id),
    event_id                bigint not null references event (id) on delete cascade,
    venue_id                bigint references venue (id),
    full_name               varchar(200) not null,
    name_search             varchar(200) not null,
    position                varchar(300),
    unit                    varchar(300),
    phone                   varchar(30),
    phone_norm              varchar(20),
    email                   varchar(254),
    school                  varchar(300),
    grade                   varchar(20),
    guardian_name           varchar(200),
    guardian_phone          varchar(30),
    difficult_circumstances boolean,
    status                  varchar(16) not null default 'SUBMITTED',
    replaces_id             bigint references attendee (id),
    duplicate_of_id         bigint references attendee (id),
    invitation_token        varchar(64) not null,
    submitted_by            bigint references app_user (id),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    constraint attendee_status_ck check (status in ('SUBMITTED','CONFIRMED','DECLINED','REPLACED','CANCELLED')),
    constraint attendee_token_uq unique (invitation_token),
    constraint attendee_email_ck check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
create index attendee_quota_idx on attendee (quota_id, status);
create index attendee_event_idx on attendee (event_id, status);
create index attendee_event_name_idx on attendee (event_id, name_search);
create index attendee_event_phone_idx on attendee (event_id, phone_norm);

create sequence check_in_seq start with 1 increment by 50;
create table check_in (
    id            bigint primary key,
    attendee_id   bigint not null references attendee (id) on delete cascade,
    event_id      bigint not null references event (id) on delete cascade,
    venue_id      bigint references venue (id),
    checked_in_at timestamptz not null default now(),
    checked_in_by bigint references app_user (id),
    method        varchar(10) not null,
    constraint check_in_once_uq unique (attendee_id),
    constraint check_in_method_ck check (method in ('QR','SEARCH'))
);
create index check_in_event_idx on check_in (event_id, venue_id);

--changeset safeonline:002-idempotency
-- a replayed creation or import returns the first response; the same key with another body is refused
create table idempotency_key (
    user_id      bigint not null references app_user (id) on delete cascade,
    key          varchar(200) not null,
    request_hash varchar(64) not null,
    status       integer,
    response     text,
    location     varchar(500),
    created_at   timestamptz not null default now(),
    primary key (user_id, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
