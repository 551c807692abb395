import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import { fakeSystemTime, VIETNAM_0130_ON_5_DECEMBER } from '@/test/clock'
import { inVietnam, isAfterToday, now, today, todayForPicker, todayIso, vietnamDay } from './clock'
import { daysUntil, deadlineCountdown, dueInfo, formatDate, formatDateTime, formatTime, fromApiDateTime, toApiDateTime } from './format'

const t = i18n.t.bind(i18n)

// 18:30 on 4 December in UTC, 10:30 on 4 December in Los Angeles (the tests' zone, see
// vite.config.ts), and already 01:30 on 5 December in Vietnam.
const INSTANT = VIETNAM_0130_ON_5_DECEMBER

describe("Vietnam's clock, whatever the browser's zone", () => {
  fakeSystemTime(INSTANT)

  it('runs in a zone where it is still 4 December', () => {
    // Proves the rest of this file means something: the process is not on Vietnam's time.
    expect(new Date().getTimezoneOffset()).not.toBe(-420)
    expect(new Date().getDate()).toBe(4)
    expect(dayjs().format('YYYY-MM-DD')).toBe('2026-12-04')
  })

  it("says today is Vietnam's 5 December, from 01:30", () => {
    expect(todayIso()).toBe('2026-12-05')
    expect(today().format('YYYY-MM-DD HH:mm Z')).toBe('2026-12-05 00:00 +07:00')
    expect(now().format('YYYY-MM-DD HH:mm')).toBe('2026-12-05 01:30')
    expect(now().valueOf()).toBe(Date.parse(INSTANT))
  })

  it('counts down to a due date in Vietnam’s calendar days', () => {
    expect(daysUntil('2026-12-08')).toBe(3)
    expect(dueInfo(t, '2026-12-08', 'IN_PROGRESS')).toEqual({ text: 'còn 3 ngày', tone: 'soon' })
    expect(dueInfo(t, '2026-12-05', 'IN_PROGRESS')).toEqual({ text: 'hạn hôm nay', tone: 'today' })
    expect(dueInfo(t, '2026-12-04', 'OVERDUE')).toEqual({ text: 'quá hạn 1 ngày', tone: 'overdue' })
  })

  it('counts down to a deadline timestamp in Vietnam’s calendar days', () => {
    expect(deadlineCountdown(t, '2026-12-05T23:59:00+07:00').text).toBe('hạn hôm nay')
    // 23:00 UTC on the 5th is 06:00 on the 6th in Vietnam: tomorrow.
    expect(deadlineCountdown(t, '2026-12-05T23:00:00Z').text).toBe('còn 1 ngày')
    expect(deadlineCountdown(t, '2026-12-05T01:00:00+07:00').text).toBe('đã quá hạn')
  })

  it('disables the days after Vietnam’s today in the pickers, and proposes that day', () => {
    expect(isAfterToday(dayjs('2026-12-05'))).toBe(false)
    expect(isAfterToday(dayjs('2026-12-06'))).toBe(true)
    expect(todayForPicker().format('YYYY-MM-DD')).toBe('2026-12-05')
  })

  it('shows timestamps on Vietnam’s clock and reads picked times on it', () => {
    expect(formatDateTime(INSTANT)).toBe('05/12/2026 01:30')
    expect(formatDate(INSTANT)).toBe('05/12/2026')
    expect(formatTime(Date.parse(INSTANT))).toBe('01:30')
    expect(fromApiDateTime('2026-05-29T01:00:00Z')?.format('DD/MM/YYYY HH:mm')).toBe('29/05/2026 08:00')
    expect(toApiDateTime(dayjs('2026-05-29T08:00:00'))).toBe('2026-05-29T08:00:00+07:00')
    expect(toApiDateTime(fromApiDateTime('2026-05-29T08:00:00+07:00'))).toBe('2026-05-29T08:00:00+07:00')
  })

  it('reads API days as Vietnam’s days and offsetless timestamps as Vietnam’s wall time', () => {
    expect(vietnamDay('2026-12-08').toISOString()).toBe('2026-12-07T17:00:00.000Z')
    expect(inVietnam('2026-12-08').toISOString()).toBe('2026-12-07T17:00:00.000Z')
    expect(inVietnam('2026-12-05T01:30:00').toISOString()).toBe('2026-12-04T18:30:00.000Z')
    expect(formatDate('2026-12-08')).toBe('08/12/2026')
  })
})
