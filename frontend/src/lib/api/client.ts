import createClient, { type Middleware } from 'openapi-fetch'
import { getToken, refreshSession, tokenExpiring } from '@/lib/auth/token'
import { currentLanguage } from '@/lib/i18n'
import { ApiError, apiErrorFrom } from './problem'
import type { paths } from './schema'

type UnauthorizedListener = () => void
const unauthorizedListeners = new Set<UnauthorizedListener>()

/** Called when any call but the login itself still gets 401 after one refresh of the session: the session is over. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

const LOGIN_PATH = '/api/auth/token'
const AUTH_PATHS = new Set([LOGIN_PATH, '/api/auth/refresh', '/api/auth/logout'])

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getToken()
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`)
    }
    request.headers.set('Accept-Language', currentLanguage())
    if (!request.headers.has('Accept')) {
      request.headers.set('Accept', 'application/json, application/problem+json')
    }
    return request
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== LOGIN_PATH) {
      unauthorizedListeners.forEach((l) => l())
    }
    return undefined
  },
}

/**
 * Sends a call with the session's token: refreshed first when it is about to expire, and on a 401 the session is
 * refreshed once (concurrent 401s share one refresh) and the call sent again with the new token.
 */
export async function fetchWithSession(request: Request): Promise<Response> {
  // Looked up on every call, so tests can stub the global fetch.
  const send = (r: Request) => globalThis.fetch(r)
  if (AUTH_PATHS.has(new URL(request.url).pathname)) return send(request)
  if (getToken() !== null && tokenExpiring()) {
    const fresh = await refreshSession().catch(() => null)
    if (fresh) request.headers.set('Authorization', `Bearer ${fresh}`)
  }
  const again = request.clone() // before the body is read
  const response = await send(request)
  if (response.status !== 401) return response
  let fresh: string | null
  try {
    fresh = await refreshSession()
  } catch {
    return response // the server cannot say: the first answer stands
  }
  if (!fresh) return response
  again.headers.set('Authorization', `Bearer ${fresh}`)
  return send(again)
}

export const api = createClient<paths>({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : '',
  fetch: fetchWithSession,
})
api.use(authMiddleware)

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Awaits an openapi-fetch call: its data, or an ApiError carrying the server's problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await call
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' } as ApiError['problem'])
  }
  const { data, error, response } = result
  if (!response.ok) throw apiErrorFrom(response, error)
  return data as T
}

/** `If-Match` value for an entity version, as the server's ETag spells it. */
export function ifMatch(version: number | string): string {
  return `"${version}"`
}
