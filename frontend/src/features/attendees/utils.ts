import type { TFunction } from 'i18next'
import type { Attendee, AttendeeInput, AttendeeStatus, ImportJob } from '@/lib/api/types'
import type { AttendeeAction } from './api/attendees'

export interface AttendeeFormValues {
  fullName?: string
  position?: string
  unit?: string
  phone?: string
  email?: string
  venueId?: number
  school?: string
  grade?: string
  guardianName?: string
  guardianPhone?: string
  difficultCircumstances?: boolean
}

function text(v: string | undefined | null): string | undefined {
  const s = v?.trim()
  return s ? s : undefined
}

/** The form's values as the API takes them; a student's fields only for a category of minors. */
export function valuesToAttendeeInput(v: AttendeeFormValues, minors: boolean): AttendeeInput {
  const input: AttendeeInput = {
    fullName: v.fullName?.trim() ?? '',
    position: text(v.position),
    unit: text(v.unit),
    phone: text(v.phone),
    email: text(v.email),
    venueId: v.venueId ?? undefined,
  }
  if (minors) {
    input.school = text(v.school)
    input.grade = text(v.grade)
    input.guardianName = text(v.guardianName)
    input.guardianPhone = text(v.guardianPhone)
    input.difficultCircumstances = v.difficultCircumstances ?? false
  }
  return input
}

const ACTIONS: Record<AttendeeStatus, AttendeeAction[]> = {
  SUBMITTED: ['confirm', 'decline', 'cancel'],
  CONFIRMED: ['decline', 'cancel'],
  DECLINED: ['confirm', 'cancel'],
  REPLACED: [],
  CANCELLED: [],
}

/** What can still happen to a delegate: confirm, decline, cancel as the server allows them. */
export function attendeeActions(a: Pick<Attendee, 'status'>): AttendeeAction[] {
  return ACTIONS[a.status]
}

/** Someone else may take the place of a delegate still on the list who has not come in yet. */
export function canReplace(a: Pick<Attendee, 'status' | 'checkedInAt'>): boolean {
  return (a.status === 'SUBMITTED' || a.status === 'CONFIRMED') && !a.checkedInAt
}

/** "Phó Hiệu trưởng · Trường THPT Châu Văn Liêm" or, for a pupil, "Lớp 10A1 · Trường THPT Châu Văn Liêm". */
export function attendeeDetails(t: TFunction, a: Pick<Attendee, 'position' | 'unit' | 'school' | 'grade'>): string {
  const parts: string[] = []
  if (a.grade) parts.push(t('attendee.gradeShort', { grade: a.grade }))
  else if (a.position) parts.push(a.position)
  const place = a.school ?? a.unit
  if (place) parts.push(place)
  return parts.join(t('attendee.detailsSeparator'))
}

/**
 * How far the server has read the file, 0–100, for the progress bar; null while the number of
 * rows is not known yet (an indeterminate bar). 100 only once the report is ready.
 */
export function importPercent(job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>): number | null {
  if (job.status === 'READY' || job.status === 'COMMITTED') return 100
  if (job.status === 'FAILED') return null
  if (!job.totalRows || job.totalRows <= 0) return null
  return Math.min(99, Math.floor((job.processedRows / job.totalRows) * 100))
}

/** Rows the import will not create: invalid, duplicate or beyond the quota. */
export function refusedRows(job: Pick<ImportJob, 'invalidRows' | 'duplicateRows' | 'overQuotaRows'>): number {
  return job.invalidRows + job.duplicateRows + job.overQuotaRows
}

/** The columns of the import template, in its order (the keys of a row's values). */
export const IMPORT_FIELDS = [
  'fullName',
  'position',
  'unit',
  'phone',
  'email',
  'school',
  'grade',
  'guardianName',
  'guardianPhone',
  'difficultCircumstances',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

const STUDENT_ONLY: readonly ImportField[] = ['school', 'grade', 'guardianName', 'guardianPhone', 'difficultCircumstances']

/** The fields a row editor shows: a student's for a category of minors, and any the file filled. */
export function importFieldsFor(minors: boolean, values: Record<string, string>): ImportField[] {
  return IMPORT_FIELDS.filter((f) => minors || !STUDENT_ONLY.includes(f) || (values[f] ?? '').trim() !== '')
}

/** "x", "có", "1"… (as the server reads the column) → ticked. */
export function isTicked(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase()
  return ['x', 'có', 'co', '1', 'true', 'yes'].includes(v)
}

/** A row's edited values as the server takes them: trimmed, empty cells left out. */
export function cleanImportValues(values: Record<string, string | boolean | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'boolean') {
      if (v) out[k] = 'x'
    } else if (v !== undefined && v.trim() !== '') {
      out[k] = v.trim()
    }
  }
  return out
}
