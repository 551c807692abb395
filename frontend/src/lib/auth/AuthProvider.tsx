import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api, onUnauthorized, unwrap } from '@/lib/api/client'
import { isApiError } from '@/lib/api/problem'
import type { Me } from '@/lib/api/types'
import { clearDeviceData } from '@/lib/offline/deviceData'
import { AuthContext, type AuthContextValue } from './context'
import { announceSignIn, clearToken, getToken, listenToOtherTabs, mayHaveSession, onSessionEvent, refreshSession, setToken, signOut } from './token'

const meQueryKey = ['me'] as const

const ME_KEY = 'cantho.me'

function keptMe(): Me | null {
  try {
    const kept = sessionStorage.getItem(ME_KEY)
    return kept ? (JSON.parse(kept) as Me) : null
  } catch {
    return null
  }
}

/**
 * The signed-in user. The last answer is kept in the tab's sessionStorage (never the token) so that a page opened with
 * the network down (the door, served by the service worker) still knows who is there; the server judges the session
 * again as soon as it is reachable.
 */
async function fetchMe(): Promise<Me> {
  try {
    const me = await unwrap(api.GET('/api/me'))
    try {
      sessionStorage.setItem(ME_KEY, JSON.stringify(me))
    } catch {
      // storage full or blocked: nothing to keep
    }
    return me
  } catch (e) {
    const kept = isApiError(e) && e.status === 0 ? keptMe() : null
    if (kept) return kept
    throw e
  }
}

/**
 * The session: on start (a reload, a new tab) one refresh from the HttpOnly cookie when this browser has signed in; then the token is refreshed
 * before it expires and after a 401 (lib/api/client). Offline at start, the kept /api/me stands in until the server
 * answers again.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [signedIn, setSignedIn] = useState(() => getToken() !== null)
  const [starting, setStarting] = useState(() => getToken() === null && mayHaveSession())
  const [offlineMe, setOfflineMe] = useState<Me | null>(null)
  const [sessionExpired, setSessionExpired] = useState(false)

  const meQuery = useQuery({
    queryKey: meQueryKey,
    queryFn: fetchMe,
    enabled: signedIn,
    staleTime: Infinity,
    retry: false,
  })

  const endSession = useCallback(
    (expired: boolean) => {
      clearToken()
      sessionStorage.removeItem(ME_KEY)
      setSignedIn(false)
      setOfflineMe(null)
      setSessionExpired(expired)
      queryClient.clear()
    },
    [queryClient],
  )

  /** After a refresh from the cookie: signed in, or not; unreachable (the door offline): the last known user of this tab. */
  const settle = useCallback((outcome: { token: string | null } | 'unreachable') => {
    if (outcome === 'unreachable') {
      setOfflineMe(keptMe())
    } else if (outcome.token) {
      setOfflineMe(null)
      setSignedIn(true)
    } else {
      sessionStorage.removeItem(ME_KEY)
    }
  }, [])

  const resume = useCallback(
    () =>
      refreshSession().then(
        (token) => settle({ token }),
        () => settle('unreachable'),
      ),
    [settle],
  )

  useEffect(() => {
    if (!starting) return
    let live = true
    refreshSession().then(
      (token) => {
        if (!live) return
        settle({ token })
        setStarting(false)
      },
      () => {
        if (!live) return
        settle('unreachable')
        setStarting(false)
      },
    )
    return () => {
      live = false
    }
  }, [starting, settle])

  useEffect(() => {
    listenToOtherTabs()
    const offUnauthorized = onUnauthorized(() => endSession(signedIn || offlineMe !== null))
    const offSession = onSessionEvent((event) => {
      if (event === 'ended') endSession(true)
      else if (event === 'signed-out-elsewhere') endSession(false)
      else if (event === 'signed-in-elsewhere' && !signedIn) void resume()
      else if (event === 'refreshed' && !signedIn) setSignedIn(true)
    })
    return () => {
      offUnauthorized()
      offSession()
    }
  }, [endSession, resume, signedIn, offlineMe])

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await unwrap(api.POST('/api/auth/token', { body: { username, password } }))
      setToken(res.accessToken, res.expiresIn)
      const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: Infinity })
      setSessionExpired(false)
      setOfflineMe(null)
      setSignedIn(true)
      announceSignIn()
      return me
    },
    [queryClient],
  )

  const logout = useCallback(() => {
    // A signed-out phone keeps no delegates' list and no queue (an expired session keeps them: the queue syncs after sign-in).
    clearDeviceData()
    void signOut()
    endSession(false)
  }, [endSession])

  const value = useMemo<AuthContextValue>(
    () => ({
      me: signedIn ? (meQuery.data ?? null) : offlineMe,
      loading: starting || (signedIn && meQuery.isPending),
      sessionExpired,
      error: signedIn ? meQuery.error : null,
      reload: () => void meQuery.refetch(),
      login,
      logout,
    }),
    [signedIn, starting, offlineMe, meQuery, sessionExpired, login, logout],
  )

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}
