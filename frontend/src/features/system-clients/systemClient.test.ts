import { describe, expect, it } from 'vitest'
import en from '@/i18n/en.json'
import vi from '@/i18n/vi.json'
import { fakeSystemTime } from '@/test/clock'
import { clientState, scopeKey, scopesAsOneField, SYSTEM_CLIENT_SCOPES, type SystemClient } from './systemClient'

const CLIENT: SystemClient = {
  id: 1,
  clientId: 'sc-1',
  name: 'Phần mềm',
  organization: { id: 7, code: 'T', name: 'Trường', type: 'SCHOOL_UPPER_SECONDARY' },
  scopes: ['plans:read'],
  createdAt: '2026-11-01T01:00:00Z',
  version: 0,
}

describe('a system client', () => {
  // 5 December 2026, 09:00 in Vietnam.
  fakeSystemTime('2026-12-05T02:00:00Z')

  it('is in a rotation while the previous secret still works, then active; revoked above all', () => {
    expect(clientState(CLIENT)).toEqual({ kind: 'active' })
    expect(clientState({ ...CLIENT, previousSecretValidUntil: '2026-12-05T02:00:01Z' })).toEqual({ kind: 'rotating', until: '2026-12-05T02:00:01Z' })
    expect(clientState({ ...CLIENT, previousSecretValidUntil: '2026-12-05T02:00:00Z' })).toEqual({ kind: 'active' })
    expect(clientState({ ...CLIENT, previousSecretValidUntil: '2026-12-06T00:00:00Z', revokedAt: '2026-12-05T01:00:00Z' })).toEqual({ kind: 'revoked' })
  })

  it('describes every scope in both languages', () => {
    for (const tree of [vi, en]) {
      const scopes = tree.systemClient.scope as Record<string, string>
      expect(SYSTEM_CLIENT_SCOPES.filter((s) => !scopes[scopeKey(s)])).toEqual([])
    }
  })

  it("shows the server's scopes[i] errors under the checkbox group", () => {
    expect(scopesAsOneField(['scopes', 2])).toEqual(['scopes'])
    expect(scopesAsOneField(['name'])).toEqual(['name'])
  })
})
