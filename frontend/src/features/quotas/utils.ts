import type { TFunction } from 'i18next'
import type { QuotaCell, QuotaFillState, QuotaMatrix, QuotaMatrixRow, QuotaTotals } from '@/lib/api/types'

/**
 * A cell's colour is its state as the server defines it (Quota.state: one definition for the cells, the urge button and the
 * homes): green when the list is complete, amber when partly sent and still open, red when nothing came before the deadline,
 * grey when locked with a partial list, and plain while an empty quota is still open.
 */
export type CellTone = 'full' | 'partial' | 'open' | 'overdue' | 'locked'

export const CELL_TONES: readonly CellTone[] = ['full', 'partial', 'open', 'overdue', 'locked']

export const TONE_STYLE: Record<CellTone, { bg: string; fg: string; border: string }> = {
  full: { bg: '#f6ffed', fg: '#237804', border: '#52c41a' },
  partial: { bg: '#fffbe6', fg: '#874d00', border: '#faad14' },
  open: { bg: '#ffffff', fg: '#595959', border: '#d9d9d9' },
  overdue: { bg: '#fff1f0', fg: '#a8071a', border: '#ff4d4f' },
  locked: { bg: '#f5f5f5', fg: '#595959', border: '#bfbfbf' },
}

const TONE_OF: Record<QuotaFillState, CellTone> = { FULL: 'full', PARTIAL: 'partial', OPEN: 'open', OVERDUE: 'overdue', LOCKED: 'locked' }

export function cellTone(cell: Pick<QuotaCell, 'state'>): CellTone {
  return TONE_OF[cell.state]
}

/** "12/20"; "12/∞" without a number. */
export function fillText(t: TFunction, submitted: number, quota: number | null | undefined): string {
  return t('matrix.fill', { submitted, quota: quota == null ? t('matrix.unlimitedShort') : quota })
}

/** Totals add up the numbered quotas only: a sum of 0 means none had a number. */
export function totalFillText(t: TFunction, totals: Pick<QuotaTotals, 'submitted' | 'quota'>): string {
  return fillText(t, totals.submitted, totals.quota > 0 ? totals.quota : null)
}

/** Share of the numbered quota filled, 0–100; null without a number. */
export function fillPercent(submitted: number, quota: number | null | undefined): number | null {
  if (quota == null || quota <= 0) return null
  return Math.min(100, Math.round((submitted / quota) * 100))
}

/** "Tổng: 118/135 chỉ tiêu — dự kiến 275 đại biểu" (the expected part only when the event says). */
export function grandTotalText(t: TFunction, matrix: Pick<QuotaMatrix, 'total' | 'expectedAttendance'>): string {
  const total = t('matrix.grandTotal', { submitted: matrix.total.submitted, quota: matrix.total.quota })
  return matrix.expectedAttendance != null
    ? t('matrix.grandTotalExpected', { total, expected: matrix.expectedAttendance })
    : total
}

/** The cell of an organisation for a category (the API keys cells by the category id as a string). */
export function cellOf(row: Pick<QuotaMatrixRow, 'cells'>, categoryId: number): QuotaCell | undefined {
  return row.cells[String(categoryId)]
}

export function columnTotalOf(matrix: Pick<QuotaMatrix, 'columnTotals'>, categoryId: number): QuotaTotals | undefined {
  return matrix.columnTotals[String(categoryId)]
}

/** Quotas past their deadline with an incomplete list, of the given organisations: what an extension reopens. */
export function quotasPastDeadline(matrix: Pick<QuotaMatrix, 'rows'>, organizationIds: readonly number[]): QuotaCell[] {
  return matrix.rows
    .filter((r) => organizationIds.includes(r.organization.id))
    .flatMap((r) => Object.values(r.cells))
    .filter((c) => c.state === 'OVERDUE' || c.state === 'LOCKED')
}
