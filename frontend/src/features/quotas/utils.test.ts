import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import type { QuotaFillState, QuotaMatrixRow } from '@/lib/api/types'
import { cellTone, fillPercent, fillText, grandTotalText, quotasPastDeadline, totalFillText } from './utils'

const t = i18n.t.bind(i18n)

describe('matrix colouring', () => {
  it('follows the state the server gives each cell', () => {
    expect(cellTone({ state: 'FULL' })).toBe('full')
    expect(cellTone({ state: 'PARTIAL' })).toBe('partial')
    expect(cellTone({ state: 'OPEN' })).toBe('open')
    expect(cellTone({ state: 'OVERDUE' })).toBe('overdue')
    expect(cellTone({ state: 'LOCKED' })).toBe('locked')
  })
})

describe('matrix figures', () => {
  it('writes submitted/quota, with ∞ for no number', () => {
    expect(fillText(t, 12, 20)).toBe('12/20')
    expect(fillText(t, 4, null)).toBe('4/∞')
  })

  it('reads a total quota of 0 as "only quotas without a number"', () => {
    expect(totalFillText(t, { submitted: 7, quota: 0 })).toBe('7/∞')
    expect(totalFillText(t, { submitted: 118, quota: 135 })).toBe('118/135')
  })

  it('gives the share filled, capped at 100', () => {
    expect(fillPercent(12, 20)).toBe(60)
    expect(fillPercent(25, 20)).toBe(100)
    expect(fillPercent(3, null)).toBeNull()
    expect(fillPercent(3, 0)).toBeNull()
  })

  it('sums up against the expected attendance', () => {
    const total = { quota: 135, submitted: 118, confirmed: 40, declined: 2, checkedIn: 0 }
    expect(grandTotalText(t, { total, expectedAttendance: 275 })).toBe('Tổng: 118/135 chỉ tiêu — dự kiến 275 đại biểu')
    expect(grandTotalText(t, { total, expectedAttendance: undefined })).toBe('Tổng: 118/135 chỉ tiêu')
  })

  it('speaks English after the switch', async () => {
    await i18n.changeLanguage('en')
    const total = { quota: 135, submitted: 118, confirmed: 0, declined: 0, checkedIn: 0 }
    expect(grandTotalText(t, { total, expectedAttendance: 275 })).toBe('Total: 118/135 quota — 275 delegates expected')
  })
})

describe('quotas to extend', () => {
  it('are the chosen organisations\' quotas past their deadline and not complete', () => {
    const cell = (quotaId: number, state: QuotaFillState) => ({
      quotaId, quota: 10, submitted: 0, confirmed: 0, declined: 0, checkedIn: 0, locked: state === 'OVERDUE' || state === 'LOCKED', state,
      toUrge: state === 'OPEN' || state === 'PARTIAL', deadline: '2026-05-28T23:59:59+07:00',
    })
    const totals = { quota: 0, submitted: 0, confirmed: 0, declined: 0, checkedIn: 0 }
    const org = (id: number) => ({ id, code: `O${id}`, name: `Đơn vị ${id}`, type: 'DEPARTMENT' as const })
    const rows: QuotaMatrixRow[] = [
      { organization: org(1), cells: { '6': cell(1, 'OVERDUE'), '8': cell(2, 'FULL') }, totals },
      { organization: org(2), cells: { '8': cell(3, 'LOCKED') }, totals },
      { organization: org(3), cells: { '8': cell(4, 'OVERDUE') }, totals },
      { organization: org(4), cells: { '8': cell(5, 'OPEN') }, totals },
    ]
    expect(quotasPastDeadline({ rows }, [1, 2, 4]).map((c) => c.quotaId)).toEqual([1, 3])
  })
})
