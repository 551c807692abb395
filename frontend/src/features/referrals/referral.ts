import type { components } from '@/lib/api/schema'

type Schemas = components['schemas']

export type Referral = Schemas['Referral']
export type ReferralInput = Schemas['ReferralInput']
export type ReferralClosure = Schemas['ReferralClosure']
export type ReferralStatus = Schemas['ReferralStatus']
export type ReferralSide = Schemas['ReferralSide']
export type ReferralOutcome = Schemas['ReferralOutcome']
export type RiskKind = Schemas['RiskKind']
export type ReferralSla = Schemas['ReferralSla']
export type ReferralAccess = Schemas['ReferralAccess']
export type ReferralEscalations = Schemas['ReferralEscalations']

// Records keyed by the generated enums: a new value of the API breaks the build here until it has a colour
// (and, through the i18n test, a label).

export const REFERRAL_STATUS_COLOR: Record<ReferralStatus, string> = {
  OPEN: 'gold',
  ACKNOWLEDGED: 'blue',
  IN_CONTACT: 'cyan',
  CLOSED: 'default',
}
export const REFERRAL_STATUSES = Object.keys(REFERRAL_STATUS_COLOR) as ReferralStatus[]

const RISK_KIND_ORDER: Record<RiskKind, number> = {
  MANIPULATION: 0,
  SCAM: 1,
  ONLINE_KIDNAPPING: 2,
  ABUSE: 3,
  SELF_ISOLATION: 4,
  OTHER: 5,
}
export const RISK_KINDS = Object.keys(RISK_KIND_ORDER) as RiskKind[]

const OUTCOME_ORDER: Record<ReferralOutcome, number> = {
  SUPPORT_PROVIDED: 0,
  REFERRED_ONWARD: 1,
  NO_ACTION_NEEDED: 2,
  NOT_REACHED: 3,
  WITHDRAWN: 4,
}
export const REFERRAL_OUTCOMES = Object.keys(OUTCOME_ORDER) as ReferralOutcome[]
/** The receiver closes with these; WITHDRAWN is the opener's alone (the server refuses it otherwise). */
export const RECEIVER_OUTCOMES = REFERRAL_OUTCOMES.filter((o) => o !== 'WITHDRAWN')

/** Limits of the form, as the API declares them (ReferralInput). */
export const ALIAS_MAX = 40
export const NOTE_MAX = 500

/**
 * What the SLA badge says: the server decides what is overdue (sla.overdue, ReferralSla on the server); the SPA
 * only picks the step to show and its deadline.
 */
export type SlaState =
  | { kind: 'overdue'; step: 'ACKNOWLEDGEMENT' | 'FIRST_CONTACT'; due: string }
  | { kind: 'due'; step: 'ACKNOWLEDGEMENT' | 'FIRST_CONTACT'; due: string }
  | { kind: 'inContact' }
  | { kind: 'closed' }

export function slaState(referral: Pick<Referral, 'status' | 'sla'>): SlaState {
  const { status, sla } = referral
  if (status === 'CLOSED') return { kind: 'closed' }
  if (sla.overdue.includes('ACKNOWLEDGEMENT')) return { kind: 'overdue', step: 'ACKNOWLEDGEMENT', due: sla.acknowledgeBy }
  if (sla.overdue.includes('FIRST_CONTACT')) return { kind: 'overdue', step: 'FIRST_CONTACT', due: sla.contactBy }
  if (status === 'OPEN') return { kind: 'due', step: 'ACKNOWLEDGEMENT', due: sla.acknowledgeBy }
  if (status === 'ACKNOWLEDGED') return { kind: 'due', step: 'FIRST_CONTACT', due: sla.contactBy }
  return { kind: 'inContact' }
}
