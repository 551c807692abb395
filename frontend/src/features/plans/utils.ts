import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import type { LegalBasis, Task } from '@/lib/api/types'
import { formatDate } from '@/lib/format'

/**
 * Day and month as Decree 30/2020 writes them: days below 10 and the months January and
 * February take a leading zero, months 3–12 do not ("ngày 05 tháng 01", "ngày 29 tháng 6").
 */
export function decreeDateParts(date: string): { day: string; month: string; year: string } {
  const d = dayjs(date)
  const day = d.date()
  const month = d.month() + 1
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month <= 2 ? `0${month}` : String(month),
    year: String(d.year()),
  }
}

/** "Cần Thơ, ngày 17 tháng 10 năm 2025"; an undated draft keeps the blanks of the paper form. */
export function documentPlaceDate(t: TFunction, place: string | null | undefined, date: string | null | undefined): string {
  const where = place?.trim() || t('doc.placeBlank')
  if (!date) return t('doc.placeDateBlank', { place: where })
  const parts = decreeDateParts(date)
  return t('doc.placeDate', { place: where, ...parts, longDate: dayjs(date).format('D MMMM YYYY') })
}

/** "Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ về …" */
export function legalBasisText(t: TFunction, b: LegalBasis): string {
  const parts = [t('doc.basisLead', { kind: b.kind, number: b.number })]
  if (b.date) parts.push(t('doc.basisDate', { date: formatDate(b.date) }))
  if (b.issuer) parts.push(t('doc.basisIssuer', { issuer: b.issuer }))
  if (b.summary) parts.push(b.summary)
  return parts.join(' ')
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n)
}

/** A task led by the caller's own organisation. */
export function isMine(task: Pick<Task, 'leadOrganization'>, orgId: number | undefined): boolean {
  return orgId !== undefined && task.leadOrganization.id === orgId
}

/** "Hoạt động trực tiếp" → "2. Hoạt động trực tiếp"; a heading that carries its own number keeps it. */
export function numbered(n: number, heading: string): string {
  return /^\s*(\d+(\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s/.test(heading) ? heading : `${n}. ${heading}`
}
