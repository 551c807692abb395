--liquibase formatted sql

--changeset safeonline:018-retention-more splitStatements:false
-- What the nightly retention job also forgets, outside any plan:
-- * a closed support referral, retention_days (90) after it closed: the child's alias and the notes go, the case keeps
--   its kind, dates, SLA and outcome so that the counts stay true;
-- * the stored answers of idempotent requests (they may carry a child's data): a replay works for a limited time
--   (app.idempotency.keep-hours, default 48), then the key is forgotten.
alter table referral add column anonymised_at timestamptz;

create or replace function anonymise_closed_referrals(closed_before timestamptz, at timestamptz) returns integer language sql as $$
    with done as (
        update referral set child_alias = 'Đã ẩn danh', note = null, outcome_note = null, anonymised_at = at
        where status = 'CLOSED' and closed_at < closed_before and anonymised_at is null
        returning 1
    )
    select count(*)::integer from done
$$;

create or replace function forget_idempotency_keys(created_before timestamptz) returns integer language sql as $$
    with gone as (delete from idempotency_key where created_at < created_before and status is not null returning 1)
    select count(*)::integer from gone
$$;
