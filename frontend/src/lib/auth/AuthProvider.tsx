import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api, onUnauthorized, unwrap } from '@/lib/api/client'
import { isApiError } from '@/lib/api/problem'
import type { Me } from '@/lib/api/types'
import { clearDeviceData } from '@/lib/offline/deviceData'
import { AuthContext, type AuthContextValue } from './context'
import { clearToken, getToken, setToken } from './token'

const meQueryKey = (token: string | null) => ['me', token] as const

const ME_KEY = 'cantho.me'

/**
 * The signed-in user. The last answer is kept beside the token (sessionStorage, gone with the tab) so that
 * a page opened with the network down (the door, served by the service worker) still knows who is there;
 * the server judges the token again as soon as it is reachable.
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
    const kept = isApiError(e) && e.status === 0 ? sessionStorage.getItem(ME_KEY) : null
    if (kept) return JSON.parse(kept) as Me
    throw e
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [token, setTokenState] = useState<string | null>(() => getToken())
  const [sessionExpired, setSessionExpired] = useState(false)

  const meQuery = useQuery({
    queryKey: meQueryKey(token),
    queryFn: fetchMe,
    enabled: token !== null,
    staleTime: Infinity,
    retry: false,
  })

  const endSession = useCallback(
    (expired: boolean) => {
      clearToken()
      sessionStorage.removeItem(ME_KEY)
      setTokenState(null)
      setSessionExpired(expired)
      queryClient.clear()
    },
    [queryClient],
  )

  useEffect(() => onUnauthorized(() => endSession(getToken() !== null)), [endSession])

  const login = useCallback(
    async (username: string, password: string) => {
      const res = await unwrap(api.POST('/api/auth/token', { body: { username, password } }))
      setToken(res.accessToken)
      const me = await queryClient.fetchQuery({
        queryKey: meQueryKey(res.accessToken),
        queryFn: fetchMe,
        staleTime: Infinity,
      })
      setSessionExpired(false)
      setTokenState(res.accessToken)
      return me
    },
    [queryClient],
  )

  const logout = useCallback(() => {
    // A signed-out phone keeps no delegates' list and no queue (an expired session keeps them: the queue syncs after sign-in).
    clearDeviceData()
    endSession(false)
  }, [endSession])

  const value = useMemo<AuthContextValue>(
    () => ({
      me: token ? (meQuery.data ?? null) : null,
      loading: token !== null && meQuery.isPending,
      sessionExpired,
      error: token ? meQuery.error : null,
      reload: () => void meQuery.refetch(),
      login,
      logout,
    }),
    [token, meQuery, sessionExpired, login, logout],
  )

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}
