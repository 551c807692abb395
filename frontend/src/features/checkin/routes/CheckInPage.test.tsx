import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Attendee, CheckInResult, Event } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { CheckInPage } from './CheckInPage'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

const event: Event = {
  id: 5,
  planId: 1,
  planReference: '135/KH-UBND',
  title: 'Lễ phát động',
  startsAt: '2026-05-29T08:00:00',
  endsAt: '2026-05-29T11:30:00',
  format: 'LIVE_RELAY',
  venues: [
    { id: 11, name: 'Hội trường Công an thành phố', main: true },
    { id: 12, name: 'Điểm cầu phường Ninh Kiều', main: false },
  ],
  version: 0,
  canManage: true,
}

function attendee(id: number, fullName: string): Attendee {
  return {
    id,
    quotaId: 3,
    eventId: 5,
    organization: { id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' },
    category: { id: 8, code: 'STUDENT', name: 'Học sinh, trẻ em', minors: true, protocolRank: 90 },
    fullName,
    personalDataMasked: false,
    status: 'SUBMITTED',
    createdAt: '2026-05-26T10:00:00',
    version: 0,
    duplicates: [],
  }
}

function result(outcome: CheckInResult['outcome']): CheckInResult {
  return {
    outcome,
    attendeeId: 7,
    fullName: 'Trần Thị Ánh Dương',
    organization: 'Sở Giáo dục và Đào tạo',
    category: 'Học sinh, trẻ em',
    venueName: 'Hội trường Công an thành phố',
    checkedInAt: '2026-05-29T07:52:00',
    message: 'Đã điểm danh lúc 07:52',
  }
}

describe('the door screen', () => {
  it('finds a delegate without diacritics, checks in green, then amber, and shows a refusal in red', async () => {
    const posts: unknown[] = []
    let checkedIn = 0
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/events/5') return jsonResponse(200, event)
      if (url.pathname === '/api/events/5/check-ins/counts') {
        return jsonResponse(200, {
          eventId: 5,
          expected: 2,
          checkedIn,
          venues: [
            { venueId: 11, venueName: 'Hội trường Công an thành phố', expected: 2, checkedIn, arrivedElsewhere: 0, absent: 2 - checkedIn, cameInFromElsewhere: 0 },
            { venueId: 12, venueName: 'Điểm cầu phường Ninh Kiều', expected: 0, checkedIn: 0, arrivedElsewhere: 0, absent: 0, cameInFromElsewhere: 0 },
          ],
        })
      }
      if (url.pathname === '/api/events/5/attendees') {
        expect(url.searchParams.get('q')).toBe('tran thi')
        return jsonResponse(200, { items: [attendee(7, 'Trần Thị Ánh Dương'), attendee(8, 'Trần Thị Bình')], page: 1, size: 10, total: 2 })
      }
      if (url.pathname === '/api/events/5/check-ins' && req.method === 'POST') {
        const body = (await req.json()) as { attendeeId: number }
        posts.push(body)
        if (body.attendeeId === 8) {
          return problemResponse(409, {
            type: '/problems/not-admissible',
            code: 'not-admissible',
            title: 'Đại biểu không được vào',
            detail: 'Trần Thị Bình: đã báo không tham dự',
          })
        }
        checkedIn = 1
        return jsonResponse(posts.length === 1 ? 201 : 200, result(posts.length === 1 ? 'CHECKED_IN' : 'ALREADY_CHECKED_IN'))
      }
      return jsonResponse(404, {})
    })

    renderRoutes([{ path: '/events/:eventId/check-in', element: <CheckInPage /> }], '/events/5/check-in')
    const user = userEvent.setup()
    // No BarcodeDetector in this browser: the name search comes first.
    await user.type(await screen.findByLabelText('Tìm đại biểu theo tên'), 'tran thi')
    const buttons = await screen.findAllByRole('button', { name: /Điểm danh$/ })

    await user.click(buttons[0])
    const card = await screen.findByTestId('door-result')
    expect(card).toHaveAttribute('data-kind', 'ok')
    expect(card).toHaveTextContent('Mời vào – điểm danh lúc 07:52')
    expect(card).toHaveTextContent('Trần Thị Ánh Dương')
    expect(card).toHaveTextContent('Hội trường Công an thành phố')
    expect(posts[0]).toEqual({ attendeeId: 7, venueId: 11 })

    await user.click(screen.getAllByRole('button', { name: /Điểm danh$/ })[0])
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'repeat'))
    expect(screen.getByTestId('door-result')).toHaveTextContent('Đã điểm danh lúc 07:52')

    await user.click(screen.getAllByRole('button', { name: /Điểm danh$/ })[1])
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'refused'))
    expect(screen.getByTestId('door-result')).toHaveTextContent('Đại biểu không được vào')
    expect(screen.getByTestId('door-result')).toHaveTextContent('Trần Thị Bình: đã báo không tham dự')

    await waitFor(() => expect(screen.getByTestId('count-total')).toHaveTextContent('1/2'))
  })

  it('admits a delegate seated at another venue with a prominent warning, and shows the organisers the reconciliation', async () => {
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/events/5') return jsonResponse(200, event)
      if (url.pathname === '/api/events/5/check-ins/counts') {
        return jsonResponse(200, {
          eventId: 5,
          expected: 3,
          checkedIn: 2,
          venues: [
            { venueId: 11, venueName: 'Hội trường Công an thành phố', capacity: 300, expected: 2, checkedIn: 1, arrivedElsewhere: 0, absent: 1, cameInFromElsewhere: 1 },
            { venueId: 12, venueName: 'Điểm cầu phường An Bình', expected: 1, checkedIn: 1, arrivedElsewhere: 1, absent: 0, cameInFromElsewhere: 0 },
          ],
        })
      }
      if (url.pathname === '/api/events/5/attendees') {
        return jsonResponse(200, { items: [attendee(9, 'Lê Văn Phúc')], page: 1, size: 10, total: 1 })
      }
      if (url.pathname === '/api/events/5/check-ins' && req.method === 'POST') {
        return jsonResponse(201, {
          ...result('CHECKED_IN'),
          fullName: 'Lê Văn Phúc',
          seatVenueName: 'Điểm cầu phường An Bình',
          warning: 'Đại biểu ngồi tại Điểm cầu phường An Bình',
        })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/events/:eventId/check-in', element: <CheckInPage /> }], '/events/5/check-in')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Tìm đại biểu theo tên'), 'le van')
    await user.click((await screen.findAllByRole('button', { name: /Điểm danh$/ }))[0])

    expect(await screen.findByTestId('door-result')).toHaveAttribute('data-kind', 'ok')
    const warning = screen.getByTestId('door-warning')
    expect(warning).toHaveAttribute('role', 'alert')
    expect(warning).toHaveAttribute('aria-live', 'assertive')
    expect(warning).toHaveTextContent('Đại biểu ngồi tại Điểm cầu phường An Bình')
    expect(warning).toHaveTextContent('Chỗ ngồi đã xếp: Điểm cầu phường An Bình')

    const table = screen.getByTestId('venue-reconciliation')
    for (const header of ['Đã xếp chỗ', 'Đã đến', 'Vào ở điểm khác', 'Vắng', 'Từ điểm khác đến']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const relay = await within(table).findByTestId('reconciliation-row-12')
    expect(within(relay).getByTestId('reconciliation-arrivedElsewhere')).toHaveTextContent('1')
    expect(within(table).getByTestId('reconciliation-row-11')).toHaveTextContent('Sức chứa 300 chỗ')
    expect(within(table).getByRole('button', { name: /Tải bảng đối chiếu/ })).toBeEnabled()
  })

  it('says when the camera cannot read codes and keeps the manual code', async () => {
    const posts: unknown[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/events/5') return jsonResponse(200, event)
      if (url.pathname === '/api/events/5/check-ins/counts') return jsonResponse(200, { eventId: 5, expected: 0, checkedIn: 0, venues: [] })
      if (url.pathname === '/api/events/5/check-ins') {
        posts.push(await req.json())
        return problemResponse(404, { type: '/problems/not-found', code: 'not-found', title: 'Mã thư mời không hợp lệ' })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/events/:eventId/check-in', element: <CheckInPage /> }], '/events/5/check-in')
    const user = userEvent.setup()
    await user.click(await screen.findByText('Quét mã QR'))
    expect(screen.getByText('Trình duyệt này không quét được mã QR bằng camera.')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Mã thư mời'), 'https://x.vn/checkin?token=abc123{Enter}')
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'refused'))
    expect(screen.getByTestId('door-result')).toHaveTextContent('Mã thư mời không hợp lệ')
    expect(posts[0]).toEqual({ token: 'abc123', venueId: 11 })
  })
})
