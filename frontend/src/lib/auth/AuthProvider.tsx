import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api, onUnauthorized, unwrap } from '@/lib/api/client'
import type { Me } from '@/lib/api/types'
import { clearDeviceData } from '@/lib/offline/deviceData'
import { AuthContext, type AuthContextValue } from './context'
import { clearToken, getToken, setToken } from './token'

const meQueryKey = (token: string | null) => ['me', token] as const

function fetchMe(): Promise<Me> {
  return unwrap(api.GET('/api/me'))
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
