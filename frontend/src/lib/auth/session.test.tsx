import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '@/app/RequireAuth'
import { api, onUnauthorized, unwrap } from '@/lib/api/client'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { getToken, refreshSession, setToken, signOut } from './token'

afterEach(() => vi.unstubAllGlobals())

const me = {
  id: 3,
  username: 'sogddt',
  fullName: 'Nguyễn Văn A',
  roles: ['OFFICER'],
  organization: { id: 5, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' },
  emailNotifications: true,
}
const expired = { type: '/problems/session-expired', code: 'session-expired', title: 'Phiên đăng nhập đã hết hạn, hãy đăng nhập lại' }
const path = (r: Request) => new URL(r.url).pathname

describe('the session', () => {
  it('refreshes from the cookie once for concurrent callers, with the CSRF header', async () => {
    const fetch = stubFetch(async () => jsonResponse(200, { accessToken: 'neu', tokenType: 'Bearer', expiresIn: 900 }))
    const [a, b] = await Promise.all([refreshSession(), refreshSession()])
    expect(a).toBe('neu')
    expect(b).toBe('neu')
    expect(fetch).toHaveBeenCalledTimes(1)
    const req = fetch.mock.calls[0][0] as Request
    expect(path(req)).toBe('/api/auth/refresh')
    expect(req.method).toBe('POST')
    expect(req.headers.get('X-Requested-With')).toBe('XMLHttpRequest')
    expect(getToken()).toBe('neu')
  })

  it('on a 401 refreshes once and sends each call again; concurrent 401s share the refresh', async () => {
    setToken('cu', 900)
    const fetch = stubFetch((req) => {
      if (path(req) === '/api/auth/refresh') return jsonResponse(200, { accessToken: 'moi', tokenType: 'Bearer', expiresIn: 900 })
      if (req.headers.get('Authorization') === 'Bearer moi') return jsonResponse(200, me)
      return problemResponse(401, { type: '/problems/unauthenticated', code: 'unauthenticated', title: 'Cần đăng nhập' })
    })
    const listener = vi.fn()
    const off = onUnauthorized(listener)
    const [x, y] = await Promise.all([unwrap(api.GET('/api/me')), unwrap(api.GET('/api/me'))])
    expect(x.username).toBe('sogddt')
    expect(y.username).toBe('sogddt')
    expect(fetch.mock.calls.filter((c) => path(c[0] as Request) === '/api/auth/refresh')).toHaveLength(1)
    expect(listener).not.toHaveBeenCalled()
    off()
  })

  it('a call sent again keeps its body', async () => {
    setToken('cu', 900)
    const bodies: unknown[] = []
    stubFetch(async (req) => {
      if (path(req) === '/api/auth/refresh') return jsonResponse(200, { accessToken: 'moi', tokenType: 'Bearer', expiresIn: 900 })
      bodies.push(await req.json())
      if (req.headers.get('Authorization') === 'Bearer moi') return jsonResponse(200, { items: [], page: 1, size: 20, total: 0 })
      return problemResponse(401, { type: '/problems/unauthenticated', code: 'unauthenticated', title: 'Cần đăng nhập' })
    })
    await unwrap(api.POST('/api/plans', { body: { symbol: 'KH-UBND', title: 'Kế hoạch', legalBases: [], contentSections: [], recipients: [] } }))
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toEqual(bodies[0])
  })

  it('ends the session when the refresh is refused too', async () => {
    setToken('cu', 900)
    stubFetch(() => problemResponse(401, expired))
    const listener = vi.fn()
    const off = onUnauthorized(listener)
    await unwrap(api.GET('/api/me')).catch(() => undefined)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(getToken()).toBeNull()
    off()
  })

  it('sign-out forgets the token and asks the server to revoke the cookie', async () => {
    setToken('cu', 900)
    const fetch = stubFetch(() => new Response(null, { status: 204 }))
    await signOut()
    expect(getToken()).toBeNull()
    const req = fetch.mock.calls[0][0] as Request
    expect(path(req)).toBe('/api/auth/logout')
    expect(req.headers.get('X-Requested-With')).toBe('XMLHttpRequest')
  })

  it('a reload (or a new tab) starts signed in from the cookie', async () => {
    localStorage.setItem('cantho.session', '1') // this browser signed in before
    stubFetch((req) => {
      if (path(req) === '/api/auth/refresh') return jsonResponse(200, { accessToken: 'tu-cookie', tokenType: 'Bearer', expiresIn: 900 })
      if (path(req) === '/api/me' && req.headers.get('Authorization') === 'Bearer tu-cookie') return jsonResponse(200, me)
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/plans', element: <RequireAuth><p>danh sách kế hoạch</p></RequireAuth> }], '/plans')
    expect(await screen.findByText('danh sách kế hoạch')).toBeInTheDocument()
  })

  it('without a session, a page behind the login goes to the login', async () => {
    localStorage.setItem('cantho.session', '1')
    stubFetch(() => problemResponse(401, expired))
    const { router } = renderRoutes(
      [
        { path: '/plans', element: <RequireAuth><p>danh sách kế hoạch</p></RequireAuth> },
        { path: '/login', element: <p>trang đăng nhập</p> },
      ],
      '/plans',
    )
    expect(await screen.findByText('trang đăng nhập')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?next=%2Fplans')
    expect(localStorage.getItem('cantho.session')).toBeNull() // the next start does not ask again
  })

  it('a browser that never signed in does not ask the server at start (the public pages)', async () => {
    const fetch = stubFetch(() => problemResponse(401, expired))
    renderRoutes([{ path: '/login', element: <p>trang đăng nhập</p> }, { path: '/plans', element: <RequireAuth><p>x</p></RequireAuth> }], '/plans')
    expect(await screen.findByText('trang đăng nhập')).toBeInTheDocument()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('offline at start, the last user kept in this tab stands in (the door)', async () => {
    localStorage.setItem('cantho.session', '1')
    sessionStorage.setItem('cantho.me', JSON.stringify(me))
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    renderRoutes([{ path: '/door', element: <RequireAuth><p>cửa soát vé</p></RequireAuth> }], '/door')
    expect(await screen.findByText('cửa soát vé')).toBeInTheDocument()
  })
})
