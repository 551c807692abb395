import type { Me, PlanSummary, Task, TaskStatus } from '@/lib/api/types'
import { daysUntil, isDone } from '@/lib/format'

/** Open tasks, most urgent first: overdue, then by due date, undated last. */
export function openTasksByUrgency(tasks: readonly Task[]): Task[] {
  return tasks
    .filter((task) => !isDone(task.status))
    .sort((a, b) => {
      if (a.dueDate && b.dueDate) return daysUntil(a.dueDate) - daysUntil(b.dueDate)
      if (a.dueDate) return -1
      if (b.dueDate) return 1
      return a.id - b.id
    })
}

export function countByStatus(tasks: readonly Task[]): Record<TaskStatus, number> {
  const counts: Record<TaskStatus, number> = {
    NOT_STARTED: 0,
    IN_PROGRESS: 0,
    OVERDUE: 0,
    DONE_ON_TIME: 0,
    DONE_LATE: 0,
  }
  for (const task of tasks) counts[task.status] += 1
  return counts
}

/** Plans the caller takes part in: issued by, monitored by, or assigning tasks to their organisation. */
export function plansITakePartIn(plans: readonly PlanSummary[], me: Me): PlanSummary[] {
  const org = me.organization?.id
  return plans.filter(
    (p) =>
      p.status !== 'CANCELLED' &&
      (p.myTaskCount > 0 || p.issuingOrganization.id === org || p.standingOrganization?.id === org),
  )
}
