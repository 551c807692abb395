import type { Dayjs } from 'dayjs'
import type { TFunction } from 'i18next'
import type { Quota } from '@/lib/api/types'
import { inVietnam, now as vietnamNow } from '@/lib/clock'
import { deadlineCountdown, formatDate, type DueTone } from '@/lib/format'

type QuotaLike = Pick<Quota, 'filled' | 'count' | 'deadline' | 'extendedUntil' | 'locked'>

/** The deadline in force: the extension when there is one. */
export function effectiveDeadline(q: Pick<Quota, 'deadline' | 'extendedUntil'>): string {
  return q.extendedUntil ?? q.deadline
}

/** "12/20", or "12 (không giới hạn)" for a quota without a number. */
export function quotaFilledText(t: TFunction, q: Pick<Quota, 'filled' | 'count'>): string {
  return q.count == null ? t('quota.filledUnlimited', { filled: q.filled }) : t('quota.filled', { filled: q.filled, count: q.count })
}

/** "hạn 28/05/2026 (còn 3 ngày)", "gia hạn đến 30/05/2026 (hạn hôm nay)", or "đã khóa" once past it. */
export function quotaDeadlineText(t: TFunction, q: QuotaLike, now: Dayjs = vietnamNow()): { text: string; tone: DueTone | 'locked' } {
  const deadline = effectiveDeadline(q)
  if (q.locked || inVietnam(deadline).isBefore(now)) return { text: t('quota.locked'), tone: 'locked' }
  const countdown = deadlineCountdown(t, deadline, now)
  const key = q.extendedUntil ? 'quota.deadlineExtended' : 'quota.deadline'
  return { text: t(key, { date: formatDate(deadline), countdown: countdown.text }), tone: countdown.tone }
}

/** "12/20 — hạn 28/05/2026 (còn 3 ngày)" or "12/20 — đã khóa". */
export function quotaSummaryText(t: TFunction, q: QuotaLike, now: Dayjs = vietnamNow()): string {
  return t('quota.summary', { filled: quotaFilledText(t, q), deadline: quotaDeadlineText(t, q, now).text })
}

/** Whether the quota has no place left (a quota without a number never fills). */
export function quotaFull(q: Pick<Quota, 'filled' | 'count'>): boolean {
  return q.count != null && q.filled >= q.count
}
