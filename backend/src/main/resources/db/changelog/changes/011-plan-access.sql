--liquibase formatted sql

--changeset safeonline:011-plan-access splitStatements:false
-- Who sees a plan and who runs it, written once. The caller is given as its deployment (tenant_id), its organisation
-- (org_id), that organisation's subtree prefix followed by '%' (org_path_prefix: an organisation is "within" the caller
-- when it is the caller's or below it) and whether it administers the deployment (is_admin).
-- PlanAccess calls them (JPQL function('plan_visible_to', …), and plan_managed_by for seesAllProgress); the door's
-- single check-in statement (CheckInService) calls plan_managed_by.

-- The issuer's or the standing agency's side of the plan (or an administrator of its deployment): they see everyone's
-- progress and run the door of its events.
create or replace function plan_managed_by(plan_id bigint, tenant_id bigint, org_id bigint, org_path_prefix text, is_admin boolean)
    returns boolean language sql stable parallel safe as $$
    select exists (
        select 1 from plan pl
        join organization io on io.id = pl.issuing_org_id
        left join organization so on so.id = pl.standing_org_id
        where pl.id = $1 and pl.tenant_id = $2
          and ($5 or io.id = $3 or io.path like $4 or so.id = $3 or so.path like $4))
$$;

-- Who sees a plan: within its deployment, an administrator, the issuer's and the standing agency's side (drafts too);
-- once issued, also a lead or cooperating agency of one of its tasks, a recipient, or the owner of an invitation quota
-- of one of its events (each: that organisation or one above it).
create or replace function plan_visible_to(plan_id bigint, tenant_id bigint, org_id bigint, org_path_prefix text, is_admin boolean)
    returns boolean language sql stable parallel safe as $$
    select exists (
        select 1 from plan pl
        where pl.id = $1 and pl.tenant_id = $2
          and ($5
            or plan_managed_by($1, $2, $3, $4, false)
            or (pl.status <> 'DRAFT' and (
                exists (select 1 from task t join organization o on o.id = t.lead_org_id
                        where t.plan_id = pl.id and (o.id = $3 or o.path like $4))
                or exists (select 1 from task t join task_cooperator tc on tc.task_id = t.id join organization o on o.id = tc.organization_id
                           where t.plan_id = pl.id and (o.id = $3 or o.path like $4))
                or exists (select 1 from plan_recipient r join organization o on o.id = r.organization_id
                           where r.plan_id = pl.id and (o.id = $3 or o.path like $4))
                or exists (select 1 from quota q join event e on e.id = q.event_id join organization o on o.id = q.owner_org_id
                           where e.plan_id = pl.id and (o.id = $3 or o.path like $4))))))
$$;
