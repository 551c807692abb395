import createClient, { type Middleware } from 'openapi-fetch'
import { getToken } from '@/lib/auth/token'
import { currentLanguage } from '@/lib/i18n'
import { ApiError, apiErrorFrom } from './problem'
import type { paths } from './schema'

type UnauthorizedListener = () => void
const unauthorizedListeners = new Set<UnauthorizedListener>()

/** Called when any call but the login itself gets 401: the session is over. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

const LOGIN_PATH = '/api/auth/token'

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

export const api = createClient<paths>({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : '',
  // Looked up on every call, so tests can stub the global fetch.
  fetch: (input: Request) => globalThis.fetch(input),
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
