import type { Dayjs } from 'dayjs'
import type { LegalBasis, Plan, PlanInput } from '@/lib/api/types'
import { fromApiDate, toApiDate } from '@/lib/format'

type DateField = 'issueDate' | 'startDate' | 'endDate'

/** The plan form's values: PlanInput with Dayjs dates (what the DatePickers hold). */
export type PlanFormValues = Omit<PlanInput, DateField | 'legalBases'> & {
  [K in DateField]?: Dayjs
} & {
  legalBases: (Omit<LegalBasis, 'date'> & { date?: Dayjs })[]
}

/**
 * Defaults for a new plan of the city People's Committee. These are the document's own
 * words (the document is Vietnamese whatever the interface language), not interface text.
 */
export function emptyPlanValues(): PlanFormValues {
  return {
    symbol: 'KH-UBND',
    place: 'Cần Thơ',
    title: '',
    legalBases: [],
    contentSections: [],
    recipients: [],
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
  }
}

export function planToValues(plan: Plan): PlanFormValues {
  return {
    number: plan.number ?? undefined,
    symbol: plan.symbol,
    place: plan.place ?? undefined,
    issueDate: fromApiDate(plan.issueDate),
    title: plan.title,
    standingOrganizationId: plan.standingOrganization?.id,
    legalBases: (plan.legalBases ?? []).map((b) => ({ ...b, date: fromApiDate(b.date) })),
    purpose: plan.purpose ?? undefined,
    requirements: plan.requirements ?? undefined,
    contentSections: (plan.contentSections ?? []).map((s) => ({ heading: s.heading, body: s.body })),
    recipients: (plan.recipients ?? []).map((r) => ({ organizationId: r.organization?.id, label: r.label })),
    signerAuthority: plan.signerAuthority ?? undefined,
    signerTitle: plan.signerTitle ?? undefined,
    signerName: plan.signerName ?? undefined,
    contactName: plan.contactName ?? undefined,
    contactTitle: plan.contactTitle ?? undefined,
    contactPhone: plan.contactPhone ?? undefined,
    startDate: fromApiDate(plan.startDate),
    endDate: fromApiDate(plan.endDate),
  }
}

/** Trimmed text, or undefined for blank: the server treats absent and empty alike. */
function text(v: string | null | undefined): string | undefined {
  const s = v?.trim()
  return s ? s : undefined
}

export function valuesToInput(v: PlanFormValues): PlanInput {
  return {
    number: text(v.number),
    symbol: v.symbol.trim(),
    place: text(v.place),
    issueDate: toApiDate(v.issueDate),
    title: v.title.trim(),
    standingOrganizationId: v.standingOrganizationId ?? undefined,
    legalBases: (v.legalBases ?? []).map((b) => ({
      kind: b.kind?.trim() ?? '',
      number: b.number?.trim() ?? '',
      date: toApiDate(b.date),
      issuer: text(b.issuer),
      summary: text(b.summary),
    })),
    purpose: text(v.purpose),
    requirements: text(v.requirements),
    contentSections: (v.contentSections ?? []).map((s) => ({ heading: s.heading?.trim() ?? '', body: s.body?.trim() ?? '' })),
    recipients: (v.recipients ?? []).map((r) => ({
      organizationId: r.organizationId ?? undefined,
      label: r.label?.trim() ?? '',
    })),
    signerAuthority: text(v.signerAuthority),
    signerTitle: text(v.signerTitle),
    signerName: text(v.signerName),
    contactName: text(v.contactName),
    contactTitle: text(v.contactTitle),
    contactPhone: text(v.contactPhone),
    startDate: toApiDate(v.startDate),
    endDate: toApiDate(v.endDate),
  }
}
