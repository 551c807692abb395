import type { OrganizationProgress, StatusCounts, TaskStatus } from '@/lib/api/types'

/** Where each status's count sits in StatusCounts. */
export const COUNT_FIELD: Record<TaskStatus, keyof StatusCounts> = {
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  IN_PROGRESS: 'inProgress',
  NOT_STARTED: 'notStarted',
  OVERDUE: 'overdue',
}

/** The column order of the matrix: done first, then what is still open, the worst last. */
export const MATRIX_ORDER: TaskStatus[] = ['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE']

/** The organisations to urge by default: those the server flags as lagging. */
export function laggingIds(rows: readonly OrganizationProgress[]): number[] {
  return rows.filter((r) => r.lagging).map((r) => r.organization.id)
}
