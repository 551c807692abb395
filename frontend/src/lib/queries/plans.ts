import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { PlanListQuery } from '@/lib/api/types'

/** GET /api/plans: one key per query, shared by the plan list and the dashboard. */
export function plansQuery(query: PlanListQuery) {
  return queryOptions({
    queryKey: queryKeys.plans.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans', { params: { query }, signal })),
  })
}

/** GET /api/plans/{id}: the plan itself, and the header (reference, title, permissions) of the pages under it. */
export function planQuery(id: number) {
  return queryOptions({
    queryKey: queryKeys.plans.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans/{id}', { params: { path: { id } }, signal })),
  })
}

/** A plan; none is asked while its id is unknown. */
export function usePlan(id: number | undefined) {
  return useQuery({ ...planQuery(id ?? 0), enabled: id !== undefined })
}

/** GET /api/plans/{planId}/tasks: the plan's tasks (up to 100, the table's and the campaign targets' list). */
export function planTasksQuery(planId: number) {
  return queryOptions({
    queryKey: queryKeys.plans.tasks(planId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/plans/{planId}/tasks', { params: { path: { planId }, query: { size: 100 } }, signal })),
  })
}

export function usePlanTasks(planId: number) {
  return useQuery(planTasksQuery(planId))
}
