import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { PlanListQuery, TaskListQuery } from '@/lib/api/types'

export function useMyTasks(organizationId: number | undefined) {
  const query: TaskListQuery = { organization: organizationId, size: 100, sort: 'dueDate' }
  return useQuery({
    queryKey: queryKeys.tasks.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tasks', { params: { query }, signal })),
    enabled: organizationId !== undefined,
  })
}

export function useRecentPlans() {
  const query: PlanListQuery = { size: 50, sort: '-updatedAt' }
  return useQuery({
    queryKey: queryKeys.plans.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans', { params: { query }, signal })),
  })
}
