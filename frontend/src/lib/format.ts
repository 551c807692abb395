import dayjs, { type Dayjs } from 'dayjs'
import type { TFunction } from 'i18next'
import type { Target, TaskStatus } from '@/lib/api/types'
import { calendarDaysBetween, fromPicker, inVietnam, now as vietnamNow, toPicker, today as vietnamToday, vietnamDay } from '@/lib/clock'

export const DATE_FORMAT = 'DD/MM/YYYY'
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm'
export const API_DATE_FORMAT = 'YYYY-MM-DD'

type DateInput = string | null | undefined
/** A timestamp: an ISO string, or epoch milliseconds. */
type InstantInput = string | number | null | undefined

/** "2025-10-17" → "17/10/2025" (a timestamp → its day in Vietnam); empty for no date. */
export function formatDate(value: DateInput): string {
  if (!value) return ''
  const d = inVietnam(value)
  return d.isValid() ? d.format(DATE_FORMAT) : ''
}

/** ISO timestamp → "17/10/2025 14:05" (24-hour, Vietnam's time). */
export function formatDateTime(value: InstantInput): string {
  if (value === null || value === undefined || value === '') return ''
  const d = inVietnam(value)
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : ''
}

/** A form's Dayjs → the API's "YYYY-MM-DD", or undefined. */
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? value.format(API_DATE_FORMAT) : undefined
}

/** The API's "YYYY-MM-DD" → Dayjs for a DatePicker. */
export function fromApiDate(value: DateInput): Dayjs | undefined {
  if (!value) return undefined
  const d = dayjs(value, API_DATE_FORMAT)
  return d.isValid() ? d : undefined
}

/** Calendar days in Vietnam from `today` to the day `date`: 3 = due in three days, -2 = two days late. */
export function daysUntil(date: string, today: Dayjs = vietnamToday()): number {
  return calendarDaysBetween(today, vietnamDay(date))
}

export const DONE_STATUSES: readonly TaskStatus[] = ['DONE_ON_TIME', 'DONE_LATE']

export function isDone(status: TaskStatus): boolean {
  return DONE_STATUSES.includes(status)
}

export type DueTone = 'overdue' | 'today' | 'soon' | 'later'

/**
 * "còn 3 ngày", "hạn hôm nay", "quá hạn 2 ngày" for an open task with a due date;
 * null when there is nothing to count down (no date, or done).
 */
export function dueInfo(
  t: TFunction,
  dueDate: DateInput,
  status: TaskStatus,
  today: Dayjs = vietnamToday(),
): { text: string; tone: DueTone } | null {
  if (!dueDate || isDone(status)) return null
  const days = daysUntil(dueDate, today)
  if (days < 0) return { text: t('due.overdue', { count: -days }), tone: 'overdue' }
  if (days === 0) return { text: t('due.today'), tone: 'today' }
  return { text: t('due.remaining', { count: days }), tone: days <= 3 ? 'soon' : 'later' }
}

/** 66.666 → "66,7%" / "66.7%" by language; null → "". */
export function formatPercent(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 1 }).format(value)}%`
}

/** 1234.5 → "1.234,5" / "1,234.5"; with `fixed` digits, always that many decimals (87.5 → "87,50"). */
export function formatNumber(value: number | null | undefined, lang: string, fixed?: number): string {
  if (value === null || value === undefined) return ''
  const digits = fixed === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: fixed, maximumFractionDigits: fixed }
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', digits).format(value)
}

/**
 * The unit of a target without the percent sign some data carries in it: a PERCENT target of
 * 100 "% trường học" and one of 100 "trường học" both read "100% trường học".
 */
export function targetUnit(target: Pick<Target, 'kind' | 'unit'>): string {
  return target.kind === 'PERCENT' ? target.unit.replace(/^\s*%\s*/, '') : target.unit
}

export const TIME_FORMAT = 'HH:mm'

/** ISO timestamp (or epoch milliseconds) → "07:52" (24-hour, Vietnam's time). */
export function formatTime(value: InstantInput): string {
  if (value === null || value === undefined || value === '') return ''
  const d = inVietnam(value)
  return d.isValid() ? d.format(TIME_FORMAT) : ''
}

/** A picked date and time, read on Vietnam's clock → the API's OffsetDateTime ("2026-05-29T08:00:00+07:00"). */
export function toApiDateTime(value: Dayjs | null | undefined): string | undefined {
  return value && value.isValid() ? fromPicker(value).format('YYYY-MM-DDTHH:mm:ssZ') : undefined
}

/** The API's OffsetDateTime → a picker's value showing Vietnam's wall time. */
export function fromApiDateTime(value: DateInput): Dayjs | undefined {
  if (!value) return undefined
  const d = inVietnam(value)
  return d.isValid() ? toPicker(d) : undefined
}

/**
 * The countdown to a deadline given as a timestamp, in calendar days of Vietnam:
 * "còn 3 ngày", "hạn hôm nay", "quá hạn 2 ngày".
 */
export function deadlineCountdown(
  t: TFunction,
  deadline: string,
  now: Dayjs = vietnamNow(),
): { text: string; tone: DueTone; days: number } {
  const days = calendarDaysBetween(now, inVietnam(deadline))
  if (days < 0) return { text: t('due.overdue', { count: -days }), tone: 'overdue', days }
  if (inVietnam(deadline).isBefore(now)) return { text: t('due.passed'), tone: 'overdue', days }
  if (days === 0) return { text: t('due.today'), tone: 'today', days }
  return { text: t('due.remaining', { count: days }), tone: days <= 3 ? 'soon' : 'later', days }
}

/** "29/05/2026 08:00–11:30" within a day, "29/05/2026 08:00 – 30/05/2026 11:30" across days. */
export function formatPeriod(start: DateInput, end: DateInput): string {
  if (!start) return ''
  if (!end) return formatDateTime(start)
  const s = inVietnam(start)
  const e = inVietnam(end)
  if (!s.isValid() || !e.isValid()) return formatDateTime(start)
  if (s.isSame(e, 'day')) return `${s.format(DATE_TIME_FORMAT)}–${e.format(TIME_FORMAT)}`
  return `${s.format(DATE_TIME_FORMAT)} – ${e.format(DATE_TIME_FORMAT)}`
}

/** An absolute http(s) address: what the API accepts as a link. */
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}
