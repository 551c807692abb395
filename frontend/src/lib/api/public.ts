import createClient, { type Middleware } from 'openapi-fetch'
import { currentLanguage } from '@/lib/i18n'
import { ApiError, apiErrorFrom, isApiError } from './problem'
import type { paths } from './schema'

/**
 * The client of the public pages (frame, wall, quiz): no bearer token, even when someone is signed
 * in on the same browser, so a young person's action is never tied to an account.
 */
const publicMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.delete('Authorization')
    request.headers.set('Accept-Language', currentLanguage())
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json')
    return request
  },
}

export const publicApi = createClient<paths>({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : '',
  fetch: (input: Request) => globalThis.fetch(input),
  credentials: 'omit',
})
publicApi.use(publicMiddleware)

/** A public call refused for coming too often (429): how long to wait, from Retry-After. */
export class TooManyRequests extends ApiError {
  readonly retryAfter: number

  constructor(error: ApiError, retryAfter: number) {
    super(error.status, error.problem)
    this.name = 'TooManyRequests'
    this.retryAfter = retryAfter
  }
}

export function isTooManyRequests(e: unknown): e is TooManyRequests {
  return e instanceof TooManyRequests
}

/** Retry-After in seconds (a number, or an HTTP date), at least 1; 60 when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number {
  if (!header) return 60
  const s = header.trim()
  if (/^\d+$/.test(s)) return Math.max(1, Number(s))
  const at = Date.parse(s)
  return Number.isNaN(at) ? 60 : Math.max(1, Math.ceil((at - now) / 1000))
}

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Like `unwrap`, with the status kept (201 vs 200 says whether something was counted) and 429 read. */
export async function unwrapPublic<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; status: number }> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' } as ApiError['problem'])
  }
  const { data, error, response } = result
  if (!response.ok) {
    const e = apiErrorFrom(response, error)
    if (response.status === 429) throw new TooManyRequests(e, retryAfterSeconds(response.headers.get('Retry-After')))
    throw e
  }
  return { data: data as T, status: response.status }
}

/** Public reads fail for good on a 4xx (a wrong link, too many attempts): retry only the network. */
export function retryPublic(count: number, error: unknown): boolean {
  return count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500)
}
