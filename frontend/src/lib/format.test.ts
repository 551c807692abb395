import dayjs from 'dayjs'
import { inVietnam } from '@/lib/clock'
import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import {
  daysUntil,
  deadlineCountdown,
  dueInfo,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatTime,
  fromApiDate,
  isDone,
  toApiDate,
} from './format'

const today = inVietnam('2026-05-25T09:00:00')

describe('dates', () => {
  it('shows dates as dd/MM/yyyy', () => {
    expect(formatDate('2025-10-17')).toBe('17/10/2025')
    expect(formatDate('2026-01-05')).toBe('05/01/2026')
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })

  it('shows times on a 24-hour clock', () => {
    expect(formatDateTime('2026-05-29T15:30:00')).toBe('29/05/2026 15:30')
    expect(formatDateTime('2026-05-29T08:05:00')).toBe('29/05/2026 08:05')
  })

  it('converts between the API and the date pickers', () => {
    expect(toApiDate(dayjs('2026-05-28'))).toBe('2026-05-28')
    expect(toApiDate(undefined)).toBeUndefined()
    expect(fromApiDate('2026-05-28')?.format('DD/MM/YYYY')).toBe('28/05/2026')
    expect(fromApiDate(null)).toBeUndefined()
  })

  it('counts calendar days, whatever the hour', () => {
    expect(daysUntil('2026-05-28', today)).toBe(3)
    expect(daysUntil('2026-05-25', today)).toBe(0)
    expect(daysUntil('2026-05-23', inVietnam('2026-05-25T23:59:00'))).toBe(-2)
  })
})

describe('dueInfo', () => {
  const t = i18n.t.bind(i18n)

  it('says "còn 3 ngày" and "quá hạn 2 ngày" in Vietnamese', () => {
    expect(dueInfo(t, '2026-05-28', 'IN_PROGRESS', today)).toEqual({ text: 'còn 3 ngày', tone: 'soon' })
    expect(dueInfo(t, '2026-05-23', 'OVERDUE', today)).toEqual({ text: 'quá hạn 2 ngày', tone: 'overdue' })
    expect(dueInfo(t, '2026-05-25', 'NOT_STARTED', today)).toEqual({ text: 'hạn hôm nay', tone: 'today' })
    expect(dueInfo(t, '2026-06-30', 'NOT_STARTED', today)?.tone).toBe('later')
  })

  it('uses English plurals after the switch', async () => {
    await i18n.changeLanguage('en')
    expect(dueInfo(t, '2026-05-26', 'IN_PROGRESS', today)?.text).toBe('1 day left')
    expect(dueInfo(t, '2026-05-20', 'OVERDUE', today)?.text).toBe('5 days overdue')
  })

  it('counts nothing down for done tasks or tasks without a date', () => {
    expect(dueInfo(t, '2026-05-20', 'DONE_LATE', today)).toBeNull()
    expect(dueInfo(t, '2026-05-28', 'DONE_ON_TIME', today)).toBeNull()
    expect(dueInfo(t, null, 'IN_PROGRESS', today)).toBeNull()
  })
})

describe('status and numbers', () => {
  it('knows which statuses are done', () => {
    expect(isDone('DONE_ON_TIME')).toBe(true)
    expect(isDone('DONE_LATE')).toBe(true)
    expect(isDone('OVERDUE')).toBe(false)
  })

  it('formats percentages per language', () => {
    expect(formatPercent(95.333, 'vi')).toBe('95,3%')
    expect(formatPercent(95.333, 'en')).toBe('95.3%')
    expect(formatPercent(null, 'vi')).toBe('')
  })

  it('formats numbers per language, with a fixed number of decimals when asked (scores)', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatNumber(87.5, 'vi', 2)).toBe('87,50')
    expect(formatNumber(87.5, 'en', 2)).toBe('87.50')
    expect(formatNumber(100, 'vi', 2)).toBe('100,00')
    expect(formatNumber(undefined, 'vi', 2)).toBe('')
  })
})

describe('event times and deadlines', () => {
  it('writes a period within a day with one date', () => {
    expect(formatPeriod('2026-05-29T08:00:00', '2026-05-29T11:30:00')).toBe('29/05/2026 08:00–11:30')
    expect(formatPeriod('2026-05-29T08:00:00', '2026-05-30T11:30:00')).toBe('29/05/2026 08:00 – 30/05/2026 11:30')
    expect(formatTime('2026-05-29T07:52:00')).toBe('07:52')
  })

  it('counts down to a deadline in calendar days', () => {
    const t = i18n.t.bind(i18n)
    expect(deadlineCountdown(t, '2026-05-28T23:59:59', today).text).toBe('còn 3 ngày')
    expect(deadlineCountdown(t, '2026-05-25T23:59:59', today).text).toBe('hạn hôm nay')
    expect(deadlineCountdown(t, '2026-05-25T08:00:00', today).text).toBe('đã quá hạn')
    expect(deadlineCountdown(t, '2026-05-23T23:59:59', today).text).toBe('quá hạn 2 ngày')
  })
})
