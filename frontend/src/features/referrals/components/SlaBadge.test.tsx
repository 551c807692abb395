import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/test/render'
import { slaState, type Referral } from '../referral'
import { SlaBadge } from './SlaBadge'

// Opened at 09:00 on 10/06/2031 in Vietnam: acknowledge by 09:00 the next day, first contact by 09:00 on the 13th.
const sla = { acknowledgeBy: '2031-06-11T02:00:00Z', contactBy: '2031-06-13T02:00:00Z' }

function referral(status: Referral['status'], overdue: Referral['sla']['overdue'] = []): Pick<Referral, 'status' | 'sla'> {
  return { status, sla: { ...sla, overdue } }
}

describe('the SLA badge', () => {
  it('says what is due next and by when, in Vietnam time', () => {
    renderWithProviders(<SlaBadge referral={referral('OPEN')} />)
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Xác nhận trước 11/06/2031 09:00')
    expect(screen.getByTestId('sla-badge')).not.toHaveAttribute('data-overdue')
  })

  it('turns red when the server says the acknowledgement is overdue', () => {
    renderWithProviders(<SlaBadge referral={referral('OPEN', ['ACKNOWLEDGEMENT', 'FIRST_CONTACT'])} />)
    const badge = screen.getByTestId('sla-badge')
    expect(badge).toHaveTextContent('Quá hạn xác nhận (11/06/2031 09:00)')
    expect(badge).toHaveAttribute('data-overdue', 'true')
  })

  it('after acknowledgement, shows the first-contact deadline, then its overdue', () => {
    const { unmount } = renderWithProviders(<SlaBadge referral={referral('ACKNOWLEDGED')} />)
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Liên hệ trước 13/06/2031 09:00')
    unmount()
    renderWithProviders(<SlaBadge referral={referral('ACKNOWLEDGED', ['FIRST_CONTACT'])} />)
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Quá hạn liên hệ (13/06/2031 09:00)')
  })

  it('shows "in contact" once contacted and nothing for a closed case', () => {
    const { unmount } = renderWithProviders(<SlaBadge referral={referral('IN_CONTACT')} />)
    expect(screen.getByTestId('sla-badge')).toHaveTextContent('Đã liên hệ')
    unmount()
    renderWithProviders(<SlaBadge referral={referral('CLOSED')} />)
    expect(screen.queryByTestId('sla-badge')).not.toBeInTheDocument()
  })

  it('never decides "overdue" itself: a late deadline without the server saying so is still "due"', () => {
    expect(slaState({ status: 'OPEN', sla: { acknowledgeBy: '2000-01-01T00:00:00Z', contactBy: '2000-01-03T00:00:00Z', overdue: [] } }))
      .toEqual({ kind: 'due', step: 'ACKNOWLEDGEMENT', due: '2000-01-01T00:00:00Z' })
  })
})
