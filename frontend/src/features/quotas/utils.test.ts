import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import { cellTone, fillPercent, fillText, grandTotalText, laggingOrganizations, totalFillText } from './utils'

const t = i18n.t.bind(i18n)

describe('matrix colouring', () => {
  it('is green once the quota is reached, whatever the deadline', () => {
    expect(cellTone({ quota: 20, submitted: 20, locked: false })).toBe('full')
    expect(cellTone({ quota: 20, submitted: 20, locked: true })).toBe('full')
  })

  it('is amber while partly sent and still open', () => {
    expect(cellTone({ quota: 20, submitted: 12, locked: false })).toBe('partial')
  })

  it('is red when nothing came before the deadline', () => {
    expect(cellTone({ quota: 10, submitted: 0, locked: true })).toBe('overdue')
  })

  it('is grey when locked with a partial list', () => {
    expect(cellTone({ quota: 50, submitted: 31, locked: true })).toBe('locked')
  })

  it('stays plain while an empty quota is still open', () => {
    expect(cellTone({ quota: 5, submitted: 0, locked: false })).toBe('open')
  })

  it('counts a quota without a number as complete once a list came', () => {
    expect(cellTone({ quota: undefined, submitted: 3, locked: false })).toBe('full')
    expect(cellTone({ quota: undefined, submitted: 0, locked: false })).toBe('open')
    expect(cellTone({ quota: undefined, submitted: 0, locked: true })).toBe('overdue')
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

describe('organisations to urge', () => {
  it('are those with an open numbered quota not yet filled', () => {
    const cell = (quota: number | undefined, submitted: number, locked: boolean) => ({
      quotaId: 1,
      quota,
      submitted,
      confirmed: 0,
      declined: 0,
      checkedIn: 0,
      locked,
    })
    const totals = { quota: 0, submitted: 0, confirmed: 0, declined: 0, checkedIn: 0 }
    const org = (id: number) => ({ id, code: `O${id}`, name: `Đơn vị ${id}`, type: 'DEPARTMENT' as const })
    const rows = [
      { organization: org(1), cells: { '8': cell(50, 31, false) }, totals },
      { organization: org(2), cells: { '8': cell(20, 20, false) }, totals },
      { organization: org(3), cells: { '8': cell(10, 0, true) }, totals },
      { organization: org(4), cells: { '8': cell(undefined, 0, false) }, totals },
    ]
    expect(laggingOrganizations({ rows }).map((o) => o.id)).toEqual([1])
  })
})
