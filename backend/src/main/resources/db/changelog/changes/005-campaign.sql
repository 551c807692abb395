--liquibase formatted sql

--changeset safeonline:005-campaign
-- a plan's campaign: its units (with headcounts, the denominators), activity reports with evidence,
-- and targets whose values are computed from reports, never typed
create sequence campaign_seq start with 1 increment by 50;
create table campaign (
    id                bigint primary key,
    tenant_id         bigint not null references organization (id),
    plan_id           bigint not null references plan (id),
    name              varchar(300) not null,
    slogans           jsonb not null default '[]',
    hashtags          jsonb not null default '[]',
    starts_on         date not null,
    ends_on           date not null,
    organisers        varchar(2000),
    direct_audience   varchar(2000),
    indirect_audience varchar(2000),
    key_messages      jsonb not null default '[]',
    trailer_url       varchar(1000),
    materials         jsonb not null default '[]',
    pledge_templates  jsonb not null default '[]',
    frame_png         bytea,
    frame_uploaded_at timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer not null default 0,
    constraint campaign_period_ck check (ends_on >= starts_on)
);
create index campaign_plan_idx on campaign (plan_id);
create index campaign_tenant_idx on campaign (tenant_id);

create table campaign_unit (
    campaign_id     bigint not null references campaign (id) on delete cascade,
    organization_id bigint not null references organization (id),
    officers        integer not null default 0 check (officers >= 0),
    pupils          integer not null default 0 check (pupils >= 0),
    students        integer not null default 0 check (students >= 0),
    teachers        integer not null default 0 check (teachers >= 0),
    primary key (campaign_id, organization_id)
);
create index campaign_unit_org_idx on campaign_unit (organization_id);

create sequence activity_report_seq start with 1 increment by 50;
create table activity_report (
    id              bigint primary key,
    campaign_id     bigint not null references campaign (id) on delete cascade,
    organization_id bigint not null references organization (id),
    type            varchar(32) not null,
    activity_date   date not null,
    place           varchar(300),
    officers        integer not null default 0 check (officers >= 0),
    pupils          integer not null default 0 check (pupils >= 0),
    students        integer not null default 0 check (students >= 0),
    teachers        integer not null default 0 check (teachers >= 0),
    others          integer not null default 0 check (others >= 0),
    views           bigint not null default 0 check (views >= 0),
    shares          bigint not null default 0 check (shares >= 0),
    links           jsonb not null default '[]',
    note            varchar(2000),
    reported_by     bigint references app_user (id),
    created_at      timestamptz not null default now(),
    constraint activity_report_type_ck check (type in ('ANNOUNCEMENT_POST','FRAME_SWITCH','TRAILER_SHARE','VIDEO_CHALLENGE',
        'POSTER_BANNER','STANDEE','STICKER_DECAL','INFOGRAPHIC','BOOKMARK','LED_VIDEO','WALLPAPER','TIPS_COLUMN','MINIGAME',
        'WORKSHOP','CYBER_DAY','THEATRE','ROLE_PLAY','CONTEST','PLEDGE_SIGNING','OTHER'))
);
-- the roll-up reads a campaign's reports from this index alone
create index activity_report_rollup_idx on activity_report (campaign_id, organization_id, type, activity_date)
    include (officers, pupils, students, teachers, others);

create sequence activity_photo_seq start with 1 increment by 50;
create table activity_photo (
    id           bigint primary key,
    report_id    bigint not null references activity_report (id) on delete cascade,
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer not null,
    width        integer not null,
    height       integer not null,
    data         bytea not null,
    created_at   timestamptz not null default now()
);
create index activity_photo_report_idx on activity_photo (report_id);

create sequence campaign_target_seq start with 1 increment by 50;
create table campaign_target (
    id                bigint primary key,
    campaign_id       bigint not null references campaign (id) on delete cascade,
    task_id           bigint references task (id),
    name              varchar(300) not null,
    kind              varchar(24) not null check (kind in ('UNITS_WITH_ACTIVITY', 'FRAME_ADOPTION', 'PARTICIPATION')),
    activity_type     varchar(32),
    audience          varchar(16) check (audience in ('OFFICERS', 'PUPILS', 'STUDENTS', 'TEACHERS')),
    organization_type varchar(32),
    from_date         date,
    to_date           date,
    min_reports       integer not null default 1 check (min_reports >= 1),
    goal_percent      numeric(5, 2) not null default 100 check (goal_percent > 0 and goal_percent <= 100),
    created_at        timestamptz not null default now()
);
create index campaign_target_campaign_idx on campaign_target (campaign_id);

-- an avatar framed on the public page: counted once per device, per unit, with no personal data
create table frame_adoption (
    campaign_id     bigint not null references campaign (id) on delete cascade,
    device_hash     varchar(64) not null,
    organization_id bigint references organization (id),
    created_at      timestamptz not null default now(),
    primary key (campaign_id, device_hash)
);
create index frame_adoption_unit_idx on frame_adoption (campaign_id, organization_id);

--changeset safeonline:005-wall
create sequence pledge_seq start with 1 increment by 50;
create table pledge (
    id              bigint primary key,
    campaign_id     bigint not null references campaign (id) on delete cascade,
    organization_id bigint references organization (id),
    display_name    varchar(60) not null,
    text            varchar(280) not null,
    status          varchar(10) not null check (status in ('PENDING', 'HELD', 'APPROVED', 'REJECTED')),
    held_reason     varchar(200),
    created_at      timestamptz not null default now(),
    moderated_at    timestamptz,
    moderated_by    bigint references app_user (id),
    version         integer not null default 0
);
create index pledge_queue_idx on pledge (campaign_id, status, id desc);

--changeset safeonline:005-quiz
create sequence quiz_question_seq start with 1 increment by 50;
create table quiz_question (
    id            bigint primary key,
    campaign_id   bigint not null references campaign (id) on delete cascade,
    text          varchar(1000) not null,
    options       jsonb not null,
    correct_index integer not null check (correct_index >= 0),
    explanation   varchar(2000),
    created_at    timestamptz not null default now()
);
create index quiz_question_campaign_idx on quiz_question (campaign_id);

create sequence quiz_seq start with 1 increment by 50;
create table quiz (
    id           bigint primary key,
    campaign_id  bigint not null references campaign (id) on delete cascade,
    title        varchar(300) not null,
    question_ids jsonb not null,
    created_at   timestamptz not null default now()
);
create index quiz_campaign_idx on quiz (campaign_id);

-- one counted attempt per device and quiz
create table quiz_attempt (
    quiz_id         bigint not null references quiz (id) on delete cascade,
    device_hash     varchar(64) not null,
    organization_id bigint references organization (id),
    score           integer not null,
    total           integer not null,
    created_at      timestamptz not null default now(),
    primary key (quiz_id, device_hash)
);
create index quiz_attempt_unit_idx on quiz_attempt (quiz_id, organization_id);
