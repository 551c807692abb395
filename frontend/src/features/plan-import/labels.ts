import type { DraftTask } from '@/lib/api/types'

/** An i18n key and its values. */
export interface LabelKey {
  key: string
  params?: Record<string, string | number>
}

const PLAN_LABELS: Record<string, string> = {
  number: 'plan.number',
  symbol: 'plan.symbol',
  place: 'plan.place',
  issueDate: 'plan.issueDate',
  title: 'plan.title',
  standingOrganizationId: 'plan.standingOrganization',
  purpose: 'plan.purpose',
  requirements: 'plan.requirements',
  signerAuthority: 'plan.signerAuthority',
  signerTitle: 'plan.signerTitle',
  signerName: 'plan.signerName',
  contactName: 'plan.contactName',
  contactTitle: 'plan.contactTitle',
  contactPhone: 'plan.contactPhone',
  startDate: 'plan.startDate',
  endDate: 'plan.endDate',
  recipients: 'planForm.recipientsSection',
  legalBases: 'planForm.legalBasesSection',
}

const LEGAL_BASIS_LABELS: Record<string, string> = {
  number: 'planImport.label.legalBasisNumber',
  date: 'planImport.label.legalBasisDate',
  issuer: 'planImport.label.legalBasisIssuer',
}

const TASK_LABELS: Record<string, string> = {
  leadOrganizationId: 'planImport.label.taskLead',
  cooperatingOrganizationIds: 'planImport.label.taskCooperators',
  text: 'planImport.label.taskText',
  dueDate: 'planImport.label.taskDue',
  target: 'planImport.label.taskTarget',
}

const EVENT_LABELS: Record<string, string> = {
  title: 'event.title',
  startsAt: 'event.startsAt',
  endsAt: 'event.endsAt',
  format: 'event.format',
  chair: 'event.chair',
  expectedAttendance: 'event.expectedAttendance',
}

const CAMPAIGN_LABELS: Record<string, string> = {
  name: 'campaign.name',
  hashtags: 'campaign.hashtags',
  slogans: 'campaign.slogans',
  period: 'campaign.period',
  directAudience: 'campaign.directAudience',
  indirectAudience: 'campaign.indirectAudience',
}

/** Every key `pathLabel` may answer with, so a test can check both languages have them. */
export const PATH_LABEL_KEYS: readonly string[] = [
  ...Object.values(PLAN_LABELS),
  ...Object.values(LEGAL_BASIS_LABELS),
  ...Object.values(TASK_LABELS),
  ...Object.values(EVENT_LABELS),
  ...Object.values(CAMPAIGN_LABELS),
  'planImport.label.recipient',
  'planImport.label.venue',
  'planImport.label.quota',
  'planImport.label.issuer',
  'quota.deadlineLabel',
]

/**
 * The interface's name for what an importer's path holds (`tasks[3].leadOrganizationId` → "Cơ
 * quan chủ trì — nhiệm vụ III.4"), or null for a path it does not know (show the server's label).
 */
export function pathLabel(path: string, tasks: readonly Pick<DraftTask, 'label'>[] = []): LabelKey | null {
  let m: RegExpExecArray | null
  if (path === 'issuer') return { key: 'planImport.label.issuer' }
  if ((m = /^plan\.(\w+)$/.exec(path)) && PLAN_LABELS[m[1]]) return { key: PLAN_LABELS[m[1]] }
  if ((m = /^plan\.legalBases\[(\d+)\]\.(\w+)$/.exec(path)) && LEGAL_BASIS_LABELS[m[2]]) {
    return { key: LEGAL_BASIS_LABELS[m[2]], params: { n: Number(m[1]) + 1 } }
  }
  if ((m = /^plan\.recipients\[(\d+)\]$/.exec(path))) return { key: 'planImport.label.recipient', params: { n: Number(m[1]) + 1 } }
  if ((m = /^tasks\[(\d+)\]\.(\w+)$/.exec(path)) && TASK_LABELS[m[2]]) {
    const i = Number(m[1])
    return { key: TASK_LABELS[m[2]], params: { task: tasks[i]?.label || String(i + 1) } }
  }
  if (/^events\[\d+\]\.venues\[\d+\]\.name$/.test(path)) return { key: 'planImport.label.venue' }
  if ((m = /^events\[(\d+)\]\.(\w+)$/.exec(path)) && EVENT_LABELS[m[2]]) return { key: EVENT_LABELS[m[2]] }
  if ((m = /^quotas\[(\d+)\]$/.exec(path))) return { key: 'planImport.label.quota', params: { n: Number(m[1]) + 1 } }
  if (/^quotas\[\d*\]\.deadline$/.test(path)) return { key: 'quota.deadlineLabel' }
  if ((m = /^campaign\.(\w+)$/.exec(path)) && CAMPAIGN_LABELS[m[1]]) return { key: CAMPAIGN_LABELS[m[1]] }
  return null
}
