import type { components } from '@/lib/api/schema'
import { inVietnam, now } from '@/lib/clock'

type Schemas = components['schemas']

export type SystemClient = Schemas['SystemClient']
export type SystemClientInput = Schemas['SystemClientInput']
export type SystemClientSecret = Schemas['SystemClientSecret']

/** The scopes a system client may hold, as the contract's client-credentials flow lists them. */
export const SYSTEM_CLIENT_SCOPES = [
  'plans:read',
  'progress:write',
  'attendees:write',
  'activities:write',
  'checkin:write',
  'indicators:read',
] as const
export type SystemClientScope = (typeof SYSTEM_CLIENT_SCOPES)[number]

/** i18n key of a scope's label and description ("plans:read" → "plans_read": i18next reads ':' as a namespace). */
export function scopeKey(scope: string): string {
  return scope.replace(':', '_')
}

export type SystemClientState =
  | { kind: 'revoked' }
  | { kind: 'rotating'; until: string }
  | { kind: 'active' }

/** Revoked, in a rotation (the previous secret still works until …), or active — on Vietnam's clock. */
export function clientState(client: SystemClient, at = now()): SystemClientState {
  if (client.revokedAt) return { kind: 'revoked' }
  const until = client.previousSecretValidUntil
  if (until && inVietnam(until).isAfter(at)) return { kind: 'rotating', until }
  return { kind: 'active' }
}

/** The server names a scope's error "scopes[2]": the checkbox group shows it. */
export function scopesAsOneField(name: (string | number)[]): (string | number)[] {
  return name[0] === 'scopes' ? ['scopes'] : name
}
