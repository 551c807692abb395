import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PublicCampaign, WallPledge } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { WallPage } from './WallPage'
import { setToken } from '@/lib/auth/token'

// The ZXing writer's .wasm does not load under jsdom: the kiosk's QR code is drawn by a stand-in that says what it encodes.
vi.mock('../qr', () => ({ qrSvg: vi.fn(async (text: string) => `<svg xmlns="http://www.w3.org/2000/svg"><desc>${text}</desc></svg>`) }))

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

const campaign: PublicCampaign = {
  id: '7',
  name: 'Không một mình – Cùng nhau an toàn trực tuyến',
  slogans: ['Cùng nhau an toàn trực tuyến'],
  hashtags: ['#khongmotminh', '#antoantructuyen'],
  startsOn: '2025-10-06',
  endsOn: '2025-11-30',
  keyMessages: [],
  hasFrame: true,
  pledgeTemplates: ['Tôi cam kết không chia sẻ mật khẩu với người lạ.', 'Tôi sẽ báo ngay cho người lớn khi bị đe dọa trên mạng.'],
}

const entry = (id: number, displayName: string, text: string): WallPledge => ({
  id,
  displayName,
  unitName: 'Trường THPT Châu Văn Liêm',
  text,
  approvedAt: '2025-10-20T08:00:00+07:00',
})

const routes = [{ path: '/buc-tuong/:publicId', element: <WallPage /> }]

function stubWall(onPledge: (req: Request) => Response | Promise<Response>) {
  return stubFetch(async (req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/public/campaigns/7') return jsonResponse(200, campaign)
    if (url.pathname === '/api/public/campaigns/7/units/THPT-CVL') return jsonResponse(200, { code: 'THPT-CVL', name: 'Trường THPT Châu Văn Liêm' })
    if (url.pathname === '/api/public/campaigns/7/wall') {
      return jsonResponse(200, { total: 2, page: 1, size: 24, items: [entry(2, 'Minh An', 'Không một mình!'), entry(1, 'Lan', 'Tôi cam kết.')] })
    }
    if (url.pathname === '/api/public/campaigns/7/pledges' && req.method === 'POST') return onPledge(req)
    if (url.pathname === '/api/me') return jsonResponse(200, { id: 1, username: 'congan', fullName: 'Cán bộ', roles: ['COORDINATOR'] })
    return jsonResponse(404, {})
  })
}

describe('the Digital Safety Wall', () => {
  it('shows the approved pledges with the count, and sends an own pledge without any token', async () => {
    // Someone signed in on the same browser: the public page still sends no bearer token.
    setToken('secret-token')
    const sent: { body: unknown; auth: string | null }[] = []
    const fetchMock = stubWall(async (req) => {
      sent.push({ body: await req.json(), auth: req.headers.get('Authorization') })
      return jsonResponse(202, { status: 'PENDING', message: 'Đang chờ duyệt' })
    })
    renderRoutes(routes, '/buc-tuong/7?unit=THPT-CVL')
    const user = userEvent.setup()

    expect(await screen.findByRole('heading', { name: 'Bức tường An toàn số' })).toBeInTheDocument()
    expect(await screen.findByTestId('wall-count')).toHaveTextContent('2 lời cam kết')
    const entries = screen.getAllByTestId('wall-entry')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toHaveTextContent('Không một mình!')
    expect(entries[0]).toHaveTextContent('Minh An · Trường THPT Châu Văn Liêm')
    // The unit comes from the link, shown by its name (its code is only sent).
    expect(await screen.findByTestId('wall-unit')).toHaveTextContent('Trường THPT Châu Văn Liêm')
    expect(screen.queryByLabelText('Mã trường, đơn vị (không bắt buộc)')).not.toBeInTheDocument()
    expect(screen.queryByText('THPT-CVL')).not.toBeInTheDocument()

    await user.type(screen.getByLabelText('Tên hiển thị'), 'Bảo Ngọc')
    await user.click(screen.getByLabelText('Tự viết lời cam kết'))
    await user.type(screen.getByLabelText('Lời cam kết của bạn'), 'Tôi cam kết')
    expect(screen.getByTestId('wall-counter')).toHaveTextContent('11/280 ký tự')
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))

    const receipt = await screen.findByTestId('wall-receipt')
    expect(receipt).toHaveTextContent('chờ duyệt')
    expect(sent).toEqual([{ body: { displayName: 'Bảo Ngọc', unitCode: 'THPT-CVL', text: 'Tôi cam kết' }, auth: null }])
    const wallCalls = fetchMock.mock.calls.map(([r]) => r as Request).filter((r) => r.url.includes('/api/public/'))
    expect(wallCalls.every((r) => !r.headers.has('Authorization'))).toBe(true)
  }, 20_000)

  it('sends a chosen template by its index, and says why a pledge is held', async () => {
    const sent: unknown[] = []
    stubWall(async (req) => {
      sent.push(await req.json())
      return jsonResponse(202, { status: 'HELD', message: 'Chờ kiểm tra' })
    })
    renderRoutes(routes, '/buc-tuong/7')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Tên hiển thị'), 'Lan')
    await user.click(screen.getByLabelText(campaign.pledgeTemplates[1]))
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))
    const receipt = await screen.findByTestId('wall-receipt')
    expect(receipt).toHaveAttribute('data-status', 'HELD')
    expect(receipt).toHaveTextContent('chờ duyệt')
    expect(receipt).toHaveTextContent('Đừng ghi thông tin liên lạc cá nhân')
    expect(sent).toEqual([{ displayName: 'Lan', templateIndex: 1 }])
  }, 20_000)

  it('refuses an empty name or a text over 280 before sending, warns about a phone number, and says how long to wait after 429', async () => {
    let calls = 0
    stubWall(() => {
      calls++
      return new Response(JSON.stringify({ type: '/problems/too-many-requests', title: 'Quá nhiều yêu cầu', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      })
    })
    renderRoutes(routes, '/buc-tuong/7')
    const user = userEvent.setup()
    await user.click(await screen.findByLabelText('Tự viết lời cam kết'))
    const text = screen.getByLabelText('Lời cam kết của bạn')
    await user.click(text)
    await user.paste('x'.repeat(281))
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))
    expect(await screen.findByText('Vui lòng nhập tên hiển thị')).toBeInTheDocument()
    expect(await screen.findByText('Lời cam kết tối đa 280 ký tự')).toBeInTheDocument()
    expect(calls).toBe(0)

    await user.clear(text)
    await user.type(text, 'Gọi mình 0912 345 678')
    expect(screen.getByTestId('wall-contact-warning')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Tên hiển thị'), 'Lan')
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))
    const error = await screen.findByTestId('public-error')
    expect(error).toHaveTextContent('Bạn thao tác quá nhanh.')
    expect(error).toHaveTextContent('Vui lòng chờ 30 giây rồi thử lại.')
    expect(calls).toBe(1)
  }, 20_000)

  it('shows a kiosk without the form on ?kiosk=1', async () => {
    stubWall(() => problemResponse(500, { title: 'no' }))
    renderRoutes(routes, '/buc-tuong/7?kiosk=1')
    const kiosk = await screen.findByTestId('wall-kiosk')
    await waitFor(() => expect(within(kiosk).getByTestId('wall-count')).toHaveTextContent('2 lời cam kết'))
    expect(within(kiosk).getAllByTestId('wall-entry')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: /Ký cam kết/ })).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Tên hiển thị')).not.toBeInTheDocument()
  }, 20_000)

  it('shows on the kiosk a QR code of the wall’s join address (the unit kept, the kiosk left out)', async () => {
    stubWall(() => problemResponse(500, { title: 'no' }))
    renderRoutes(routes, '/buc-tuong/7?kiosk=1&unit=THPT-CVL')
    const join = await screen.findByTestId('wall-join')
    const img = await within(join).findByRole('img', { name: 'Mã QR dẫn đến trang ký cam kết trên bức tường' })
    const joinUrl = `${window.location.origin}/buc-tuong/7?unit=THPT-CVL`
    expect(decodeURIComponent(img.getAttribute('src') ?? '')).toContain(`<desc>${joinUrl}</desc>`)
    expect(join).toHaveTextContent('Quét mã để ký cam kết trên bức tường')
    expect(join).toHaveTextContent(joinUrl)
  }, 20_000)
})
