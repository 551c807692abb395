--liquibase formatted sql

--changeset safeonline:006-contest
-- contests of a campaign: entries by a school for its pupils or by a pupil through the public form,
-- guardian consent before judging, blind judging by weighted criteria, published rankings
create sequence contest_seq start with 1 increment by 50;
create table contest (
    id               bigint primary key,
    campaign_id      bigint not null references campaign (id) on delete cascade,
    title            varchar(300) not null,
    description      varchar(5000),
    categories       jsonb not null default '[]',
    opens_at         timestamptz not null,
    closes_at        timestamptz not null,
    judges_per_entry smallint not null default 3 check (judges_per_entry between 1 and 20),
    published_at     timestamptz,
    published_by     bigint references app_user (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer not null default 0,
    constraint contest_window_ck check (closes_at > opens_at)
);
create index contest_campaign_idx on contest (campaign_id);

create sequence contest_criterion_seq start with 1 increment by 50;
create table contest_criterion (
    id         bigint primary key,
    contest_id bigint not null references contest (id) on delete cascade,
    position   smallint not null,
    name       varchar(200) not null,
    weight     integer not null check (weight between 1 and 100),
    max_score  integer not null check (max_score between 1 and 100),
    constraint contest_criterion_position_uq unique (contest_id, position)
);

create table contest_judge (
    contest_id bigint not null references contest (id) on delete cascade,
    user_id    bigint not null references app_user (id),
    primary key (contest_id, user_id)
);
create index contest_judge_user_idx on contest_judge (user_id);

create sequence contest_entry_seq start with 1 increment by 50;
create table contest_entry (
    id                  bigint primary key,
    contest_id          bigint not null references contest (id) on delete cascade,
    reference           varchar(16) not null,
    submission_key      varchar(64),
    category            varchar(32) not null,
    school_id           bigint not null references organization (id),
    grade               smallint check (grade between 1 and 12),
    title               varchar(300) not null,
    work_url            varchar(1000),
    work_text           text check (length(work_text) <= 20000),
    pupil_name          varchar(200) not null,
    guardian_name       varchar(200),
    guardian_phone      varchar(30),
    source              varchar(16) not null check (source in ('SCHOOL', 'PUBLIC')),
    submitted_by        bigint references app_user (id),
    consent_method      varchar(24) check (consent_method in ('PAPER_FORM', 'PHONE_CALL', 'IN_PERSON', 'ONLINE_DECLARATION')),
    consent_recorded_at timestamptz,
    consent_recorded_by bigint references app_user (id),
    withdrawn_at        timestamptz,
    created_at          timestamptz not null default now(),
    version             integer not null default 0,
    constraint contest_entry_reference_uq unique (reference),
    constraint contest_entry_submission_uq unique (contest_id, submission_key),
    constraint contest_entry_work_ck check (work_url is not null or work_text is not null),
    constraint contest_entry_consent_ck check ((consent_recorded_at is null) = (consent_method is null))
);
create index contest_entry_contest_idx on contest_entry (contest_id, school_id);

create table contest_assignment (
    entry_id    bigint not null references contest_entry (id) on delete cascade,
    judge_id    bigint not null references app_user (id),
    assigned_at timestamptz not null default now(),
    primary key (entry_id, judge_id)
);
create index contest_assignment_judge_idx on contest_assignment (judge_id);

create table contest_score (
    entry_id     bigint not null,
    judge_id     bigint not null,
    criterion_id bigint not null references contest_criterion (id) on delete cascade,
    score        numeric(6, 2) not null check (score >= 0),
    scored_at    timestamptz not null default now(),
    primary key (entry_id, judge_id, criterion_id),
    foreign key (entry_id, judge_id) references contest_assignment (entry_id, judge_id) on delete cascade
);

--changeset safeonline:006-contest-own-school splitStatements:false
-- the database, too, refuses to let a judge of the entry's own school (or a body under it) judge it
create or replace function contest_assignment_not_own_school() returns trigger language plpgsql as $$
begin
    if exists (select 1 from contest_entry e
               join organization s on s.id = e.school_id
               join app_user u on u.id = new.judge_id
               join organization j on j.id = u.organization_id
               where e.id = new.entry_id and (j.id = s.id or j.path like s.path || s.id || '/%')) then
        raise exception 'judge % belongs to the school of entry %', new.judge_id, new.entry_id
            using errcode = '23514', constraint = 'contest_assignment_own_school_ck';
    end if;
    return new;
end $$;
create trigger contest_assignment_own_school before insert or update on contest_assignment
    for each row execute function contest_assignment_not_own_school();
