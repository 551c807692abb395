import { createContext, useContext } from 'react'
import type { Me } from '@/lib/api/types'

export interface AuthContextValue {
  /** The signed-in user, or null. */
  me: Me | null
  /** True while the token is being checked against /api/me. */
  loading: boolean
  /** The reason the last session ended by itself (token expired or revoked). */
  sessionExpired: boolean
  /** Why /api/me could not be loaded (other than an expired session). */
  error: unknown
  reload: () => void
  login: (username: string, password: string) => Promise<Me>
  logout: () => void
}

export const AuthContext = createContext<AuthContextValue | null>(null)

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext)
  if (!ctx) throw new Error('useAuth outside AuthProvider')
  return ctx
}

/** The signed-in user; only for pages behind the login. */
export function useMe(): Me {
  const { me } = useAuth()
  if (!me) throw new Error('useMe without a signed-in user')
  return me
}
