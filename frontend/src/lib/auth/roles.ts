import type { Me, Role } from '@/lib/api/types'

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((r) => roles.includes(r))
}

/** Coordinators and administrators draft plans; the server decides everything else per object. */
export function canCreatePlans(me: Me): boolean {
  return hasRole(me, 'COORDINATOR', 'ADMIN')
}

/** Administrators (any organisation) and coordinators (theirs and below) register system clients. */
export function canManageSystemClients(me: Me): boolean {
  return hasRole(me, 'COORDINATOR', 'ADMIN')
}
