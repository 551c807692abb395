--liquibase formatted sql

--changeset safeonline:001-organization
create sequence organization_seq start with 1 increment by 50;
create table organization (
    id          bigint primary key,
    -- the People's Committee whose deployment this body belongs to; null on that People's Committee itself
    tenant_id   bigint references organization (id),
    parent_id   bigint references organization (id),
    -- ids of the ancestors, '/1/5/' (a root has '/'): the subtree of X is X plus path like X.path||X.id||'/%'
    path        varchar(1000) not null,
    code        varchar(64) not null,
    name        varchar(300) not null,
    name_search varchar(300) not null,
    type        varchar(32) not null,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    constraint organization_type_ck check (type in ('PEOPLES_COMMITTEE','DEPARTMENT','POLICE','POLICE_UNIT','WARD_POLICE',
        'MILITARY','FRONT','UNION','MEDIA','ENTERPRISE','WARD','COMMUNE','SCHOOL_PRIMARY','SCHOOL_LOWER_SECONDARY',
        'SCHOOL_UPPER_SECONDARY','COLLEGE','UNIVERSITY','OTHER')),
    constraint organization_code_ck check (code ~ '^[A-Z0-9][A-Z0-9_.-]*$'),
    constraint organization_not_own_parent_ck check (parent_id is null or parent_id <> id),
    constraint organization_tenant_ck check (tenant_id is not null or type = 'PEOPLES_COMMITTEE')
);
create unique index organization_code_uq on organization (coalesce(tenant_id, id), code);
create index organization_parent_idx on organization (parent_id);
create index organization_path_idx on organization (path varchar_pattern_ops);
create index organization_tenant_type_idx on organization (tenant_id, type);

--changeset safeonline:001-app-user
create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id              bigint primary key,
    username        varchar(64) not null,
    password_hash   varchar(100),
    full_name       varchar(200) not null,
    organization_id bigint not null references organization (id),
    roles           varchar(16)[] not null,
    active          boolean not null default true,
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    constraint app_user_username_uq unique (username),
    constraint app_user_username_ck check (username ~ '^[a-z0-9][a-z0-9_.-]{1,63}$'),
    constraint app_user_roles_ck check (cardinality(roles) > 0
        and roles <@ array['ADMIN','COORDINATOR','OFFICER','VIEWER']::varchar(16)[])
);
create index app_user_org_idx on app_user (organization_id);

--changeset safeonline:001-plan
create sequence plan_seq start with 1 increment by 50;
create table plan (
    id               bigint primary key,
    tenant_id        bigint not null references organization (id),
    issuing_org_id   bigint not null references organization (id),
    standing_org_id  bigint references organization (id),
    doc_number       varchar(20),
    symbol           varchar(40) not null,
    place            varchar(100),
    issue_date       date,
    title            varchar(1000) not null,
    title_search     varchar(1000) not null,
    purpose          text,
    requirements     text,
    legal_bases      jsonb not null default '[]',
    content_sections jsonb not null default '[]',
    signer_authority varchar(100),
    signer_title     varchar(100),
    signer_name      varchar(100),
    contact_name     varchar(150),
    contact_title    varchar(300),
    contact_phone    varchar(30),
    start_date       date,
    end_date         date,
    status           varchar(16) not null default 'DRAFT',
    issued_at        timestamptz,
    closed_at        timestamptz,
    cancelled_at     timestamptz,
    cancel_reason    varchar(1000),
    created_by       bigint references app_user (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer not null default 0,
    constraint plan_status_ck check (status in ('DRAFT','ISSUED','CLOSED','CANCELLED')),
    constraint plan_period_ck check (end_date is null or start_date is null or end_date >= start_date),
    constraint plan_issued_has_number_ck check (status in ('DRAFT','CANCELLED') or (doc_number is not null and issue_date is not null)),
    constraint plan_symbol_ck check (length(btrim(symbol)) > 0)
);
create unique index plan_number_uq on plan (issuing_org_id, symbol, doc_number, date_part('year', issue_date))
    where doc_number is not null and status <> 'CANCELLED';
create index plan_tenant_status_idx on plan (tenant_id, status);
create index plan_issuing_idx on plan (issuing_org_id);
create index plan_standing_idx on plan (standing_org_id);

create table plan_recipient (
    plan_id         bigint not null references plan (id) on delete cascade,
    position        integer not null,
    organization_id bigint references organization (id),
    label           varchar(300) not null,
    primary key (plan_id, position)
);
create index plan_recipient_org_idx on plan_recipient (organization_id);

--changeset safeonline:001-task
create sequence task_seq start with 1 increment by 50;
create table task (
    id           bigint primary key,
    plan_id      bigint not null references plan (id) on delete cascade,
    position     integer not null,
    label        varchar(20),
    lead_org_id  bigint not null references organization (id),
    text         varchar(10000) not null,
    text_search  varchar(10000) not null,
    due_date     date,
    target_kind  varchar(10),
    target_value numeric(14, 2),
    target_unit  varchar(100),
    target_scope varchar(300),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer not null default 0,
    constraint task_target_kind_ck check (target_kind in ('COUNT','PERCENT')),
    constraint task_target_complete_ck check ((target_kind is null) = (target_value is null)
        and (target_kind is null or target_unit is not null)),
    constraint task_target_value_ck check (target_value > 0 and (target_kind <> 'PERCENT' or target_value <= 100))
);
create index task_plan_idx on task (plan_id, position);
create index task_lead_idx on task (lead_org_id);

create table task_cooperator (
    task_id         bigint not null references task (id) on delete cascade,
    organization_id bigint not null references organization (id),
    primary key (task_id, organization_id)
);
create index task_cooperator_org_idx on task_cooperator (organization_id);

create sequence progress_report_seq start with 1 increment by 50;
create table progress_report (
    id              bigint primary key,
    task_id         bigint not null references task (id) on delete cascade,
    report_date     date not null,
    value           numeric(14, 2),
    done            boolean not null,
    text            varchar(5000) not null,
    evidence_links  jsonb not null default '[]',
    reported_by     bigint not null references app_user (id),
    organization_id bigint not null references organization (id),
    created_at      timestamptz not null default now(),
    constraint progress_report_value_ck check (value is null or value >= 0)
);
create index progress_report_task_idx on progress_report (task_id, report_date desc, id desc);

--changeset safeonline:001-task-progress-view splitStatements:false
-- A task's status is derived, never stored: from its reports, its due date (or the plan's end) and today.
create view task_progress as
select t.id as task_id,
       r.report_count,
       r.last_report_date,
       r.reached_value,
       r.done_date,
       case
           when p.status = 'DRAFT' then 'NOT_STARTED'
           when r.done_date is not null then
               case when coalesce(t.due_date, p.end_date) is null or r.done_date <= coalesce(t.due_date, p.end_date)
                    then 'DONE_ON_TIME' else 'DONE_LATE' end
           when coalesce(t.due_date, p.end_date) < current_date then 'OVERDUE'
           when r.report_count > 0 then 'IN_PROGRESS'
           else 'NOT_STARTED'
       end as status
from task t
join plan p on p.id = t.plan_id
cross join lateral (
    select count(*) as report_count,
           max(pr.report_date) as last_report_date,
           (select x.value from progress_report x
             where x.task_id = t.id and x.value is not null
             order by x.report_date desc, x.id desc limit 1) as reached_value,
           min(pr.report_date) filter (where pr.done or (t.target_value is not null and pr.value >= t.target_value)) as done_date
    from progress_report pr
    where pr.task_id = t.id
) r;

--changeset safeonline:001-notification
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id           bigint primary key,
    recipient_id bigint not null references app_user (id) on delete cascade,
    kind         varchar(32) not null,
    title        varchar(300) not null,
    body         varchar(2000),
    plan_id      bigint references plan (id) on delete cascade,
    task_id      bigint references task (id) on delete cascade,
    created_by   bigint references app_user (id),
    created_at   timestamptz not null default now(),
    read_at      timestamptz
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);

--changeset safeonline:001-audit
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id          bigint primary key,
    at          timestamptz not null default now(),
    tenant_id   bigint references organization (id),
    actor_id    bigint references app_user (id),
    actor       varchar(64),
    action      varchar(40) not null,
    entity_type varchar(40) not null,
    entity_id   bigint,
    before      jsonb,
    after       jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_at_idx on audit_event (at desc);
