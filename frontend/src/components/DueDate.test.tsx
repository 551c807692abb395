import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import { fakeSystemTime, VIETNAM_0130_ON_5_DECEMBER } from '@/test/clock'
import { renderWithProviders } from '@/test/render'
import { DueDate } from './DueDate'
import { quotaSummaryText } from './quotaText'

describe("countdowns on Vietnam's day", () => {
  fakeSystemTime(VIETNAM_0130_ON_5_DECEMBER)

  it('shows "· còn 3 ngày" for a task due on 8 December', () => {
    renderWithProviders(<DueDate dueDate="2026-12-08" status="IN_PROGRESS" />)
    expect(screen.getByText('08/12/2026')).toBeInTheDocument()
    expect(screen.getByTestId('due-countdown')).toHaveTextContent('· còn 3 ngày')
  })

  it('shows "hạn hôm nay" for a task due on 5 December', () => {
    renderWithProviders(<DueDate dueDate="2026-12-05" status="NOT_STARTED" />)
    expect(screen.getByTestId('due-countdown')).toHaveTextContent('hạn hôm nay')
  })

  it('counts a quota deadline of 23:59 on 5 December as today', () => {
    const t = i18n.t.bind(i18n)
    const q = { filled: 3, count: 10, deadline: '2026-12-05T23:59:00+07:00', extendedUntil: undefined, locked: false }
    expect(quotaSummaryText(t, q)).toBe('3/10 — hạn 05/12/2026 (hạn hôm nay)')
  })
})
