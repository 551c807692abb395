--liquibase formatted sql

--changeset safeonline:014-wall-hold-code
-- Why a pledge is held, as the stable code of the wall's lexicon (PledgeScreen: MARKUP, PHONE, EMAIL, LINK, SOCIAL_ACCOUNT,
-- PERSONAL_DETAILS, ABUSE); the texts come from the lexicon. A held pledge always has its code; one approved although held
-- says so (approved_anyway).
alter table pledge add column held_code varchar(20);
alter table pledge add column approved_anyway boolean not null default false;
update pledge set held_code = case
    when held_reason like '%HTML%' then 'MARKUP'
    when held_reason like '%điện thoại%' then 'PHONE'
    when held_reason like '%email%' then 'EMAIL'
    when held_reason like '%đường dẫn%' then 'LINK'
    when held_reason like '%tài khoản%' then 'SOCIAL_ACCOUNT'
    else 'ABUSE' end
where held_reason is not null or status = 'HELD';
alter table pledge add constraint pledge_held_has_code check (status <> 'HELD' or held_code is not null);
alter table pledge add constraint pledge_anyway_was_held check (not approved_anyway or (status = 'APPROVED' and held_code is not null));

--changeset safeonline:014-wall-moderators
-- The organisations a campaign gives its wall to (the Youth Union, the Women's Union …): their officers and coordinators
-- moderate the pledges, besides the plan's managers. Set by the campaign's managers (PUT /api/campaigns/{id}/wall-moderators).
create table campaign_moderator (
    campaign_id     bigint not null references campaign (id) on delete cascade,
    organization_id bigint not null references organization (id),
    primary key (campaign_id, organization_id)
);
create index campaign_moderator_org_idx on campaign_moderator (organization_id);
