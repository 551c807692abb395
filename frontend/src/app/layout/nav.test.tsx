import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me, Role } from '@/lib/api/types'
import { AuthContext, type AuthContextValue } from '@/lib/auth/context'
import { jsonResponse, stubFetch } from '@/test/http'
import { useNavItems } from './nav'

afterEach(() => vi.unstubAllGlobals())

function Keys() {
  return <ul>{useNavItems().map((i) => <li key={i.key}>{i.key}</li>)}</ul>
}

function renderAs(roles: Role[]) {
  stubFetch(() => jsonResponse(200, { canOpen: false, canReceive: false, canSeeEscalations: false }))
  const me = { id: 1, username: 'u', displayName: 'U', roles } as unknown as Me
  const auth: AuthContextValue = { me, loading: false, sessionExpired: false, error: null, reload: () => {}, login: async () => me, logout: () => {} }
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={new QueryClient()}>
      <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>
    </QueryClientProvider>
  )
  render(wrap(<Keys />))
}

describe('the menu', () => {
  it.each([['ADMIN'], ['COORDINATOR']] as const)('shows system clients to %s', (role) => {
    renderAs([role])
    expect(screen.getByText('/system-clients')).toBeInTheDocument()
  })

  it('hides them from the other roles', () => {
    renderAs(['OFFICER', 'VIEWER'])
    expect(screen.getByText('/plans')).toBeInTheDocument()
    expect(screen.queryByText('/system-clients')).not.toBeInTheDocument()
  })
})
