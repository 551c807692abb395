import { currentLanguage } from '@/lib/i18n'

/**
 * The session (README "Sessions"). The short access token lives in this module's memory only — never in storage a
 * script could read later. The refresh token is an HttpOnly, SameSite=Strict cookie the page cannot see: POST
 * /api/auth/refresh trades it for a new access token (and a rotated cookie), so a reload or a new tab starts with one
 * refresh. Refreshes are single-flight within a tab and take turns across tabs (Web Locks): two tabs never send the
 * same cookie, which the server would take for a stolen copy. A sign-out is announced to the other tabs.
 * A hint in localStorage ("this browser has signed in", no secret) spares anonymous visitors of the public pages
 * the refresh at start.
 */

const REFRESH_URL = '/api/auth/refresh'
const LOGOUT_URL = '/api/auth/logout'
const LOCK = 'cantho.session.refresh'
const HINT = 'cantho.session'
const CHANNEL = 'cantho.session'
/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000

let token: string | null = null
let expiresAt = 0
let timer: ReturnType<typeof setTimeout> | undefined
let inflight: Promise<string | null> | null = null
/** Bumped when the session ends, so that a refresh already on its way does not bring it back. */
let generation = 0

export type SessionEvent = 'refreshed' | 'ended' | 'signed-out-elsewhere' | 'signed-in-elsewhere'
type Listener = (event: SessionEvent) => void
const listeners = new Set<Listener>()

/** Session changes not caused by this tab's own calls: the timer's refresh, another tab's sign-in or sign-out. */
export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function emit(event: SessionEvent) {
  listeners.forEach((l) => l(event))
}

function hint(on: boolean) {
  try {
    if (on) localStorage.setItem(HINT, '1')
    else localStorage.removeItem(HINT)
  } catch {
    // storage blocked: every start asks the server
  }
}

/** Whether this browser may hold a session cookie (it signed in and did not sign out since). */
export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(HINT) !== null
  } catch {
    return true
  }
}

/** The server could not be asked (offline, 5xx): the session may well be alive. */
export class SessionUnreachable extends Error {}

export function getToken(): string | null {
  return token
}

/** True when the token is missing or expires within `marginMs`. */
export function tokenExpiring(marginMs = 10_000): boolean {
  return token === null || Date.now() + marginMs >= expiresAt
}

export function setToken(accessToken: string, expiresInSeconds = 900): void {
  hint(true)
  token = accessToken
  expiresAt = Date.now() + expiresInSeconds * 1000
  schedule()
}

export function clearToken(): void {
  token = null
  expiresAt = 0
  generation++
  if (timer !== undefined) clearTimeout(timer)
  timer = undefined
}

function schedule() {
  if (timer !== undefined) clearTimeout(timer)
  if (typeof window === 'undefined') return
  const delay = Math.max(5_000, expiresAt - Date.now() - EARLY_MS)
  timer = setTimeout(() => {
    timer = undefined
    refreshSession().then(
      (t) => emit(t ? 'refreshed' : 'ended'),
      () => undefined, // unreachable: the next call's 401 retries
    )
  }, delay)
}

function authRequest(url: string): Request {
  return new Request(`${window.location.origin}${url}`, {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      Accept: 'application/json, application/problem+json',
      'Accept-Language': currentLanguage(),
    },
  })
}

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  return locks ? locks.request(LOCK, work) : work()
}

/**
 * A new access token from the refresh cookie: the token, null when there is no session (401), or a
 * {@link SessionUnreachable} rejection. Concurrent callers share one request.
 */
export function refreshSession(): Promise<string | null> {
  inflight ??= inTurn(async () => {
    const started = generation
    let res: Response
    try {
      res = await globalThis.fetch(authRequest(REFRESH_URL))
    } catch {
      throw new SessionUnreachable('network')
    }
    if (res.status === 401 || res.status === 403) {
      if (started === generation) clearToken()
      hint(false)
      return null
    }
    if (!res.ok) throw new SessionUnreachable(String(res.status))
    const body = (await res.json()) as { accessToken: string; expiresIn: number }
    if (started !== generation) return null // signed out meanwhile
    setToken(body.accessToken, body.expiresIn)
    return body.accessToken
  }).finally(() => {
    inflight = null
  })
  return inflight
}

/** Sign-out: the token is forgotten, the other tabs told, and the server revokes the cookie's session. */
export async function signOut(): Promise<void> {
  clearToken()
  hint(false)
  channel()?.postMessage('logout')
  try {
    await globalThis.fetch(authRequest(LOGOUT_URL))
  } catch {
    // offline: the session ends on the server at its idle timeout
  }
}

/** Tells the other tabs that this one has signed in (they refresh and follow). */
export function announceSignIn(): void {
  channel()?.postMessage('login')
}

let bc: BroadcastChannel | null | undefined
function channel(): BroadcastChannel | null {
  if (bc !== undefined) return bc
  if (typeof BroadcastChannel === 'undefined' || typeof window === 'undefined') return (bc = null)
  bc = new BroadcastChannel(CHANNEL)
  // (Node's channel would keep a test run alive)
  ;(bc as unknown as { unref?: () => void }).unref?.()
  bc.onmessage = (e: MessageEvent) => {
    if (e.data === 'logout') {
      clearToken()
      emit('signed-out-elsewhere')
    } else if (e.data === 'login') {
      emit('signed-in-elsewhere')
    }
  }
  return bc
}

/** Starts listening to the other tabs (called once by the AuthProvider). */
export function listenToOtherTabs(): void {
  channel()
}
