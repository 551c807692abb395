import type { Me } from '@/lib/api/types'
import { hasRole } from '@/lib/auth/roles'

/**
 * Whether the list shows every organisation's tasks: as the URL says (scope=mine|all; all=1 from older links), else by role —
 * an officer works on its organisation's tasks, a coordinator or administrator follows everyone's.
 */
export function showsAllByDefault(scope: string | null, legacyAll: string | null, me: Me): boolean {
  if (scope === 'all' || legacyAll === '1') return true
  if (scope === 'mine') return false
  return !me.organization || hasRole(me, 'COORDINATOR', 'ADMIN', 'VIEWER')
}
