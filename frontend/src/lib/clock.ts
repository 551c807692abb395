import dayjs, { type ConfigType, type Dayjs } from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * The business clock of the SPA. The work runs on Vietnam's time whatever the zone of the
 * browser, as the backend's BusinessClock does: every "now" and "today" is asked here, and every
 * timestamp is shown and every picked date-time is read on Vietnam's clock.
 *
 * Three kinds of values meet in the SPA:
 * - instants (the API's OffsetDateTime): `inVietnam(value)` puts one on Vietnam's clock;
 * - calendar days (the API's 'YYYY-MM-DD'): they are Vietnam's days — `vietnamDay(date)` is the
 *   start of one, `todayIso()` is today's;
 * - picker values (antd's DatePicker holds a dayjs in the browser's zone): only their wall time
 *   counts, read as Vietnam's wall time — `toPicker` and `fromPicker` cross that border.
 */
export const BUSINESS_ZONE = 'Asia/Ho_Chi_Minh'

const WALL = 'YYYY-MM-DDTHH:mm:ss.SSS'
/** An offset or a Z at the end of an ISO timestamp. */
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/

/** This instant on Vietnam's clock. */
export function now(): Dayjs {
  return dayjs().tz(BUSINESS_ZONE)
}

/** The start of Vietnam's today (a Vietnam-zoned dayjs). */
export function today(): Dayjs {
  return now().startOf('day')
}

/** Vietnam's today as the API writes days: '2026-12-05'. */
export function todayIso(): string {
  return now().format('YYYY-MM-DD')
}

/**
 * A timestamp on Vietnam's clock: an ISO string with an offset (as the API sends), a Date, epoch
 * milliseconds or a dayjs is that instant; an ISO string without an offset is Vietnam's wall time.
 */
export function inVietnam(value: ConfigType): Dayjs {
  if (typeof value === 'string' && value.includes('T') && !HAS_ZONE.test(value)) return dayjs.tz(value, BUSINESS_ZONE)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return vietnamDay(value)
  return dayjs(value).tz(BUSINESS_ZONE)
}

/** A calendar day from the API ('2026-12-08') as the start of that day in Vietnam. */
export function vietnamDay(date: string): Dayjs {
  return dayjs.tz(date.slice(0, 10), BUSINESS_ZONE)
}

/** Whole calendar days in Vietnam from `from` to `to` (3 = three days later, -2 = two days before). */
export function calendarDaysBetween(from: Dayjs, to: Dayjs): number {
  return vietnamDay(inVietnam(to).format('YYYY-MM-DD')).diff(vietnamDay(inVietnam(from).format('YYYY-MM-DD')), 'day')
}

/** A value for a date picker showing the same wall time as `value` shows in Vietnam. */
export function toPicker(value: Dayjs): Dayjs {
  return dayjs(inVietnam(value).format(WALL))
}

/** The instant a date picker's value means: its wall time, read on Vietnam's clock. */
export function fromPicker(value: Dayjs): Dayjs {
  return dayjs.tz(value.format(WALL), BUSINESS_ZONE)
}

/** Today for a date picker's default value. */
export function todayForPicker(): Dayjs {
  return toPicker(today())
}

/** For a date picker's `disabledDate`: whether a shown day comes after Vietnam's today. */
export function isAfterToday(day: Dayjs): boolean {
  return day.format('YYYY-MM-DD') > todayIso()
}
