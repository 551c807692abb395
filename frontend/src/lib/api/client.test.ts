import { afterEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/lib/i18n'
import { setToken } from '@/lib/auth/token'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { api, ifMatch, onUnauthorized, unwrap } from './client'
import { ApiError } from './problem'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('api client', () => {
  it('sends the bearer token and the interface language', async () => {
    setToken('abc.def')
    await i18n.changeLanguage('en')
    const fetch = stubFetch(() => jsonResponse(200, { items: [], page: 1, size: 20, total: 0 }))
    await unwrap(api.GET('/api/plans', { params: { query: { q: 'cong an' } } }))
    const req = fetch.mock.calls[0][0] as Request
    expect(req.headers.get('Authorization')).toBe('Bearer abc.def')
    expect(req.headers.get('Accept-Language')).toBe('en')
    expect(new URL(req.url).searchParams.get('q')).toBe('cong an')
  })

  it('turns application/problem+json into an ApiError with its field errors', async () => {
    stubFetch(() =>
      problemResponse(400, {
        type: '/problems/validation-failed',
        title: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'recipients[0].label', code: 'NotBlank', message: 'Thiếu tên nơi nhận' }],
      }),
    )
    const call = unwrap(api.POST('/api/plans', { body: { symbol: 'KH-UBND', title: '', legalBases: [], contentSections: [], recipients: [] } }))
    await expect(call).rejects.toBeInstanceOf(ApiError)
    const error = (await call.catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation-failed')
    expect(error.problem.title).toBe('Dữ liệu không hợp lệ')
    expect(error.fieldErrors[0]).toMatchObject({ field: 'recipients[0].label', message: 'Thiếu tên nơi nhận' })
  })

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const error = (await unwrap(api.GET('/api/me')).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
  })

  it('ends the session on 401, except for the login call itself', async () => {
    const listener = vi.fn()
    const off = onUnauthorized(listener)
    stubFetch(() => problemResponse(401, { type: '/problems/unauthenticated', title: 'Chưa đăng nhập' }))
    await unwrap(api.POST('/api/auth/token', { body: { username: 'a', password: 'b' } })).catch(() => undefined)
    expect(listener).not.toHaveBeenCalled()
    await unwrap(api.GET('/api/me')).catch(() => undefined)
    expect(listener).toHaveBeenCalledTimes(1)
    off()
  })

  it('quotes versions for If-Match as the ETag does', () => {
    expect(ifMatch(7)).toBe('"7"')
  })
})
