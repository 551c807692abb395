import 'fake-indexeddb/auto'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Attendee, CheckInResult, Event } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { sha256Hex } from '../door/judge'
import { closeDoorDb } from '../door/store'
import { makeShortCode } from '../shortCode'
import { CheckInPage } from './CheckInPage'

afterEach(async () => {
  vi.unstubAllGlobals()
  localStorage.clear()
  await closeDoorDb()
  indexedDB.deleteDatabase('safeonline-door')
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

  it('refuses a mistyped short code before any request, and sends a good one or a pasted link', async () => {
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
    const field = screen.getByLabelText('Mã in dưới mã QR')
    const good = makeShortCode(() => 0.37)
    const typo = good.slice(0, 10) + (good[10] === '2' ? '3' : '2')

    await user.type(field, `${typo}{Enter}`)
    expect(await screen.findByTestId('door-code-error')).toHaveTextContent('Mã không đúng: có ký tự bị nhập nhầm')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.clear(field)
    await user.type(field, 'AB0-1CD{Enter}')
    expect(screen.getByTestId('door-code-error')).toHaveTextContent('Ký tự “0, 1” không có trong mã')
    expect(posts).toEqual([])

    await user.clear(field)
    await user.type(field, `${good.toLowerCase().replace(/-/g, ' ')}{Enter}`)
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'refused'))
    expect(posts[0]).toEqual({ code: good.replace(/-/g, ''), venueId: 11 })
    expect(field).toHaveValue(good)

    await user.clear(field)
    await user.type(field, 'https://x.vn/checkin?token=abc123def456ghi789jkl{Enter}')
    await waitFor(() => expect(posts).toHaveLength(2))
    expect(posts[1]).toEqual({ token: 'abc123def456ghi789jkl', venueId: 11 })
  })

  it('works offline from the downloaded list: judges, queues, shows what waits, and syncs on reconnect', async () => {
    const token = 'tok-offline-1'
    const code = makeShortCode(() => 0.61)
    const list = {
      eventId: 5,
      eventTitle: 'Lễ phát động',
      startsAt: '2026-05-29T08:00:00+07:00',
      wipeAfter: '2099-01-01T00:00:00+07:00',
      asOf: '2026-05-29T06:30:00+07:00',
      venueId: 11,
      entries: [
        { attendeeId: 7, fullName: 'Trần Thị Ánh Dương', nameKey: 'tran thi anh duong', organization: 'Sở Giáo dục và Đào tạo', category: 'Học sinh, trẻ em', shortCode: code, tokenHash: await sha256Hex(token), seatVenueId: 11, seatVenueName: 'Hội trường Công an thành phố' },
        { attendeeId: 9, fullName: 'Lê Văn Phúc', nameKey: 'le van phuc', organization: 'Sở Nội vụ', category: 'Đại biểu', shortCode: 'ABC-DEF-GHJ', tokenHash: 'x', seatVenueId: 12, seatVenueName: 'Điểm cầu phường Ninh Kiều' },
      ],
    }
    let online = true
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online)
    const synced: { scans: { nonce: string; attendeeId?: number; scannedAt: string; method: string }[]; doorLabel?: string }[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (!online) throw new TypeError('Failed to fetch')
      if (url.pathname === '/api/events/5') return jsonResponse(200, event)
      if (url.pathname === '/api/events/5/door-list') return new Response(JSON.stringify(list), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"l1"' } })
      if (url.pathname === '/api/events/5/check-ins/counts') return jsonResponse(200, { eventId: 5, expected: 2, checkedIn: 0, venues: [] })
      if (url.pathname === '/api/events/5/check-ins/sync') {
        const body = (await req.json()) as (typeof synced)[number]
        synced.push(body)
        return jsonResponse(200, {
          results: body.scans.map((s) => ({ nonce: s.nonce, verdict: 'CHECKED_IN', attendeeId: s.attendeeId, checkedInAt: s.scannedAt, conflict: false, message: 'ok' })),
        })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/events/:eventId/check-in', element: <CheckInPage /> }], '/events/5/check-in')
    const user = userEvent.setup()
    await waitFor(() => expect(screen.getByTestId('door-list-info')).toHaveTextContent('Danh sách trên máy: 2 đại biểu'))

    online = false
    act(() => void window.dispatchEvent(new Event('offline')))
    expect(await screen.findByTestId('door-offline')).toHaveTextContent('Mất mạng')

    // by name, without diacritics, words in any order: seated at the other venue → in, with the warning
    await user.type(screen.getByLabelText('Tìm đại biểu theo tên'), 'phuc le')
    await user.click(await screen.findByRole('button', { name: /Điểm danh$/ }))
    expect(await screen.findByTestId('door-result')).toHaveAttribute('data-kind', 'ok')
    expect(screen.getByTestId('door-warning')).toHaveTextContent('Đại biểu được xếp chỗ tại Điểm cầu phường Ninh Kiều')
    expect(screen.getByTestId('door-result-offline')).toBeInTheDocument()

    // by short code, then the same again: a repeat, not queued twice
    await user.click(screen.getByText('Quét mã QR'))
    const field = screen.getByLabelText('Mã in dưới mã QR')
    await user.type(field, `${code.replace(/-/g, '').toLowerCase()}{Enter}`)
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveTextContent('Trần Thị Ánh Dương'))
    expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'ok')
    await user.clear(field)
    await user.type(field, `${code}{Enter}`)
    await waitFor(() => expect(screen.getByTestId('door-result')).toHaveAttribute('data-kind', 'repeat'))
    expect(screen.getByTestId('door-pending')).toHaveTextContent('2 lượt chờ đồng bộ')
    expect(screen.getAllByTestId('door-queue-item')).toHaveLength(2)
    expect(synced).toEqual([])

    online = true
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() => expect(screen.getByTestId('door-pending')).toHaveTextContent('0 lượt chờ đồng bộ'))
    expect(synced).toHaveLength(1)
    expect(synced[0].scans.map((s) => [s.attendeeId, s.method])).toEqual([
      [9, 'SEARCH'],
      [7, 'CODE'],
    ])
    expect(synced[0].doorLabel).toMatch(/^Cửa · [0-9a-f]{4}$/)
    await waitFor(() => expect(screen.getAllByTestId('door-queue-item').every((i) => i.dataset.verdict === 'CHECKED_IN')).toBe(true))
  })
})
