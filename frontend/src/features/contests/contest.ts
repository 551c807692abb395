import type { Dayjs } from 'dayjs'
import type { OrganizationType } from '@/lib/api/types'
import { inVietnam, now as vietnamNow } from '@/lib/clock'

/** Where a contest stands, for its tag: the window is the server's (`open`), publication ends it. */
export type ContestPhase = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'PUBLISHED'

export const CONTEST_PHASES: readonly ContestPhase[] = ['UPCOMING', 'OPEN', 'CLOSED', 'PUBLISHED']

export const CONTEST_PHASE_COLOR: Record<ContestPhase, string> = {
  UPCOMING: 'blue',
  OPEN: 'green',
  CLOSED: 'orange',
  PUBLISHED: 'purple',
}

export function contestPhase(c: { open: boolean; opensAt: string; published: boolean }, now: Dayjs = vietnamNow()): ContestPhase {
  if (c.published) return 'PUBLISHED'
  if (c.open) return 'OPEN'
  return now.isBefore(inVietnam(c.opensAt)) ? 'UPCOMING' : 'CLOSED'
}

/** The public page of a contest; with a school's code the entry form comes with it filled in. */
export function contestLink(publicId: string, schoolCode?: string): string {
  const base = `${typeof window !== 'undefined' ? window.location.origin : ''}/cuoc-thi/${publicId}`
  return schoolCode ? `${base}?school=${encodeURIComponent(schoolCode)}` : base
}

/** The organisations whose pupils enter contests (as the server's public form accepts them). */
const SCHOOL_TYPES: readonly OrganizationType[] = ['SCHOOL_PRIMARY', 'SCHOOL_LOWER_SECONDARY', 'SCHOOL_UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY']

export function isSchool(type: OrganizationType): boolean {
  return SCHOOL_TYPES.includes(type)
}

/** As the API checks a guardian's phone number. */
export const PHONE = /^\+?[0-9 .()-]{8,20}$/

/** An entry needs its work: a link to it, or the text itself. */
export function hasWork(workUrl: string | undefined, workText: string | undefined): boolean {
  return !!workUrl?.trim() || !!workText?.trim()
}

/** An optional text as the API wants it: trimmed, or left out. */
export function optional(v: string | undefined): string | undefined {
  return v?.trim() || undefined
}
