import { useQuery } from '@tanstack/react-query'
import type { PlanListQuery, TaskListQuery } from '@/lib/api/types'
import { plansQuery } from '@/lib/queries/plans'
import { tasksQuery } from '@/lib/queries/tasks'

export function useMyTasks(organizationId: number | undefined) {
  const query: TaskListQuery = { organization: organizationId, size: 100, sort: 'dueDate' }
  return useQuery({
    ...tasksQuery(query),
    enabled: organizationId !== undefined,
  })
}

export function useRecentPlans() {
  const query: PlanListQuery = { size: 50, sort: '-updatedAt' }
  return useQuery(plansQuery(query))
}
