import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Pledge } from '@/lib/api/types'
import { jsonResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { PledgeModeration } from './PledgeModeration'

afterEach(() => vi.unstubAllGlobals())

const PHONE = { code: 'PHONE', vi: 'Có số điện thoại (viết bằng số hoặc bằng chữ)', en: 'Contains a phone number (in digits or in words)' } as const

const pledge = (id: number, status: Pledge['status'], text: string, heldReason?: string): Pledge => ({
  id,
  campaignId: 7,
  displayName: id === 1 ? 'Minh An' : 'Tuấn',
  unit: { id: 40, code: 'THPT-CVL', name: 'Trường THPT Châu Văn Liêm', type: 'SCHOOL_UPPER_SECONDARY' },
  text,
  status,
  heldReason,
  hold: heldReason ? PHONE : undefined,
  approvedAnyway: false,
  createdAt: '2025-10-20T08:00:00+07:00',
})

describe('the pledge moderation queue', () => {
  it('lists pending and held pledges, marks the held one with its reason, and approves one', async () => {
    let decided = false
    const posts: string[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/campaigns/7/pledges') {
        expect(url.searchParams.get('status')).toBeNull()
        const items = [pledge(1, 'PENDING', 'Tôi cam kết không chia sẻ mật khẩu.'), pledge(2, 'HELD', 'Gọi mình 0912345678', 'số điện thoại')]
        const shown = decided ? items.slice(1) : items
        return jsonResponse(200, { items: shown, page: 1, size: 20, total: shown.length })
      }
      if (url.pathname === '/api/pledges/1/approve' && req.method === 'POST') {
        posts.push(url.pathname)
        decided = true
        return jsonResponse(200, { ...pledge(1, 'APPROVED', 'Tôi cam kết không chia sẻ mật khẩu.'), moderatedAt: '2025-10-20T09:00:00+07:00' })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<PledgeModeration campaignId={7} />)
    const user = userEvent.setup()

    const cards = await screen.findAllByTestId('pledge')
    expect(cards).toHaveLength(2)
    expect(cards[0]).toHaveAttribute('data-status', 'PENDING')
    expect(cards[0]).not.toHaveClass('pledge-held')
    expect(cards[1]).toHaveClass('pledge-held')
    expect(within(cards[1]).getByText('Tạm giữ')).toBeInTheDocument()
    expect(within(cards[1]).getByTestId('pledge-held-reason')).toHaveTextContent(/^Tạm giữ: Có số điện thoại \(viết bằng số hoặc bằng chữ\)$/)
    // a held pledge has no one-click approval, only "approve anyway"
    expect(within(cards[1]).queryByRole('button', { name: 'Duyệt lời cam kết của Tuấn' })).toBeNull()
    expect(within(cards[1]).getByRole('button', { name: 'Vẫn duyệt lời cam kết đang tạm giữ của Tuấn' })).toBeInTheDocument()
    expect(within(cards[0]).getByText('Trường THPT Châu Văn Liêm')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Duyệt lời cam kết của Minh An' }))
    await waitFor(() => expect(screen.getAllByTestId('pledge')).toHaveLength(1))
    expect(posts).toEqual(['/api/pledges/1/approve'])
    expect(await screen.findByText('Đã duyệt lời cam kết của Minh An.')).toBeInTheDocument()
  }, 20_000)

  it('approves a held pledge only anyway, after a confirmation that repeats the reason', async () => {
    // the confirmation measures itself (the setup's stub is gone with the globals unstubbed after the test above)
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    )
    const posts: string[] = []
    let approved = false
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/campaigns/7/pledges') {
        const items = approved ? [] : [pledge(2, 'HELD', 'Gọi mình 0912345678', 'số điện thoại')]
        return jsonResponse(200, { items, page: 1, size: 20, total: items.length })
      }
      if (url.pathname === '/api/pledges/2/approve' && req.method === 'POST') {
        posts.push(url.pathname + url.search)
        approved = true
        return jsonResponse(200, { ...pledge(2, 'APPROVED', 'Gọi mình 0912345678', 'số điện thoại'), approvedAnyway: true })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<PledgeModeration campaignId={7} />)
    const user = userEvent.setup()

    await user.click(await screen.findByRole('button', { name: 'Vẫn duyệt lời cam kết đang tạm giữ của Tuấn' }))
    expect(await screen.findByText('Vẫn duyệt lời cam kết đang bị tạm giữ?')).toBeInTheDocument()
    expect(screen.getByText(/Lời cam kết bị tạm giữ vì: Có số điện thoại/)).toBeInTheDocument()
    expect(posts).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Vẫn duyệt lên bức tường' }))
    await waitFor(() => expect(posts).toEqual(['/api/pledges/2/approve?override=true']))
    expect(await screen.findByText('Đã duyệt lời cam kết của Tuấn.')).toBeInTheDocument()
  }, 20_000)

  it('says so when nothing waits', async () => {
    stubFetch(async () => jsonResponse(200, { items: [], page: 1, size: 20, total: 0 }))
    renderWithProviders(<PledgeModeration campaignId={7} />)
    expect(await screen.findByText('Không có lời cam kết nào chờ duyệt.')).toBeInTheDocument()
  }, 20_000)
})
