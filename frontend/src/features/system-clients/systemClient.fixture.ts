import type { SystemClient } from './systemClient'

/** For tests: the school the demo's system clients belong to. */
export const SCHOOL = { id: 7, code: 'THPT-CVL', name: 'Trường THPT Châu Văn Liêm', type: 'SCHOOL_UPPER_SECONDARY' } as const

/** For tests: the school's management software, registered on 1 November 2026, never used yet. */
export const SCHOOL_CLIENT: SystemClient = {
  id: 1,
  clientId: 'sc-active0000000001',
  name: 'Phần mềm quản lý trường',
  organization: SCHOOL,
  scopes: ['attendees:write', 'plans:read'],
  createdAt: '2026-11-01T01:00:00Z',
  version: 0,
}
