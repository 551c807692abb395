import type { Dayjs } from 'dayjs'
import type { Event, Quota, QuotaInput } from '@/lib/api/types'
import { fromPicker, inVietnam, now as vietnamNow, toPicker } from '@/lib/clock'
import { fromApiDateTime, toApiDateTime } from '@/lib/format'

export interface QuotaFormValues {
  ownerOrganizationId?: number
  categoryId?: number
  unlimited: boolean
  count?: number | null
  deadline?: Dayjs
  receivingOrganizationId?: number
  note?: string
}

/**
 * Lists are due the evening before the event (the plan's "28/5 for a ceremony on 29/5"), 23:59 in
 * Vietnam; a week from today when that evening has passed. A picker's value (Vietnam's wall time).
 */
export function defaultDeadline(event: Pick<Event, 'startsAt'>, now: Dayjs = vietnamNow()): Dayjs {
  const evening = (d: Dayjs) => d.hour(23).minute(59).second(0).millisecond(0)
  const eve = evening(toPicker(inVietnam(event.startsAt)).subtract(1, 'day'))
  return fromPicker(eve).isAfter(now) ? eve : evening(toPicker(now).add(7, 'day'))
}

export function quotaToValues(q: Quota): QuotaFormValues {
  return {
    ownerOrganizationId: q.owner.id,
    categoryId: q.category.id,
    unlimited: q.count == null,
    count: q.count ?? null,
    deadline: fromApiDateTime(q.deadline),
    receivingOrganizationId: q.receiver.id,
    note: q.note ?? undefined,
  }
}

export function valuesToQuotaInput(v: QuotaFormValues): QuotaInput {
  return {
    ownerOrganizationId: v.ownerOrganizationId as number,
    categoryId: v.categoryId as number,
    count: v.unlimited || v.count == null ? undefined : v.count,
    deadline: toApiDateTime(v.deadline) as string,
    receivingOrganizationId: v.receivingOrganizationId ?? undefined,
    note: v.note?.trim() || undefined,
  }
}
