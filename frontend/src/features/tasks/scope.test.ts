import { describe, expect, it } from 'vitest'
import type { Me } from '@/lib/api/types'
import { showsAllByDefault } from './scope'

const org = { id: 12, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' } as const
const person = (roles: Me['roles'], organization: Me['organization'] = org) => ({ id: 1, username: 'x', fullName: 'X', roles, organization }) as unknown as Me

describe('showsAllByDefault', () => {
  it('shows an officer its own organisation first', () => {
    expect(showsAllByDefault(null, null, person(['OFFICER']))).toBe(false)
  })
  it('shows a coordinator, an administrator and a viewer everyone', () => {
    expect(showsAllByDefault(null, null, person(['COORDINATOR']))).toBe(true)
    expect(showsAllByDefault(null, null, person(['ADMIN']))).toBe(true)
    expect(showsAllByDefault(null, null, person(['VIEWER']))).toBe(true)
  })
  it('follows the address when it says', () => {
    expect(showsAllByDefault('all', null, person(['OFFICER']))).toBe(true)
    expect(showsAllByDefault('mine', null, person(['COORDINATOR']))).toBe(false)
    expect(showsAllByDefault(null, '1', person(['OFFICER']))).toBe(true)
  })
  it('shows everyone to an account without an organisation', () => {
    expect(showsAllByDefault(null, null, person(['OFFICER'], null as unknown as Me['organization']))).toBe(true)
  })
})
