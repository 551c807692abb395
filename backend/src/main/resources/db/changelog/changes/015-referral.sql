--liquibase formatted sql

--changeset safeonline:015-referral
-- Support referrals (issue 12, part 6): a case opened for a child at risk by a school, a police unit or the Youth Union
-- and sent to a receiving support organisation. The child is named only as far as the receiver needs: a pseudonym or
-- initials, an age or a grade, a school; no phone, no address, no full name field. The SLA (acknowledge within 24 hours,
-- first contact within 72 hours of opening) is derived from opened_at by referral/ReferralSla, never stored.
create sequence referral_seq start with 1 increment by 50;
create table referral (
    id               bigint primary key,
    tenant_id        bigint not null references organization (id),
    -- opaque, random: "HT-7K3M9Q2P"; never a sequence
    code             varchar(16) not null,
    opener_org_id    bigint not null references organization (id),
    opened_by        bigint not null references app_user (id),
    receiver_org_id  bigint not null references organization (id),
    child_alias      varchar(40) not null,
    child_age        smallint,
    child_grade      smallint,
    school_id        bigint references organization (id),
    risk_kind        varchar(20) not null,
    note             varchar(500),
    status           varchar(16) not null default 'OPEN',
    opened_at        timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  bigint references app_user (id),
    contacted_at     timestamptz,
    contacted_by     bigint references app_user (id),
    closed_at        timestamptz,
    closed_by        bigint references app_user (id),
    outcome          varchar(24),
    outcome_note     varchar(500),
    version          integer not null default 0,
    constraint referral_code_uq unique (code),
    constraint referral_code_ck check (code ~ '^HT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$'),
    constraint referral_not_to_self_ck check (receiver_org_id <> opener_org_id),
    constraint referral_child_ck check (length(btrim(child_alias)) > 0 and (child_age is not null or child_grade is not null)),
    constraint referral_age_ck check (child_age is null or child_age between 0 and 17),
    constraint referral_grade_ck check (child_grade is null or child_grade between 1 and 12),
    constraint referral_risk_ck check (risk_kind in ('MANIPULATION','SCAM','ONLINE_KIDNAPPING','ABUSE','SELF_ISOLATION','OTHER')),
    constraint referral_status_ck check (status in ('OPEN','ACKNOWLEDGED','IN_CONTACT','CLOSED')),
    constraint referral_outcome_ck check (outcome is null or outcome in ('SUPPORT_PROVIDED','REFERRED_ONWARD','NO_ACTION_NEEDED','NOT_REACHED','WITHDRAWN')),
    -- each state carries exactly the stamps of the steps it went through; only a case never acknowledged is WITHDRAWN
    constraint referral_state_ck check (
        (status = 'OPEN' and acknowledged_at is null and contacted_at is null and closed_at is null and outcome is null)
        or (status = 'ACKNOWLEDGED' and acknowledged_at is not null and contacted_at is null and closed_at is null and outcome is null)
        or (status = 'IN_CONTACT' and acknowledged_at is not null and contacted_at is not null and closed_at is null and outcome is null)
        or (status = 'CLOSED' and closed_at is not null and outcome is not null
            and ((outcome = 'WITHDRAWN' and acknowledged_at is null) or (outcome <> 'WITHDRAWN' and acknowledged_at is not null))))
);
create index referral_opener_idx on referral (opener_org_id, opened_at desc);
create index referral_receiver_idx on referral (receiver_org_id, opened_at desc);
create index referral_open_idx on referral (tenant_id, opened_at) where status <> 'CLOSED';
