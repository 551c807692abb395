import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import { plansQuery } from '@/lib/queries/plans'
import type { CancelInput, IssueInput, Plan, PlanInput, PlanListQuery, Task, TaskInput } from '@/lib/api/types'

export function usePlans(query: PlanListQuery) {
  return useQuery({
    ...plansQuery(query),
    placeholderData: keepPreviousData,
  })
}

/** After any change to a plan: its detail, its tasks and every list that shows it. */
function usePlanChanged() {
  const qc = useQueryClient()
  return (plan: Plan) => {
    qc.setQueryData(queryKeys.plans.detail(plan.id), plan)
    void qc.invalidateQueries({ queryKey: queryKeys.plans.all })
    void qc.invalidateQueries({ queryKey: queryKeys.tasks.all })
  }
}

export function useCreatePlan() {
  const changed = usePlanChanged()
  return useMutation({
    mutationFn: ({ body, key }: { body: PlanInput; key: string }) => unwrap(api.POST('/api/plans', { params: { header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdatePlan(id: number) {
  const changed = usePlanChanged()
  return useMutation({
    mutationFn: ({ body, version }: { body: PlanInput; version: number }) =>
      unwrap(
        api.PUT('/api/plans/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

export function useIssuePlan(id: number) {
  const changed = usePlanChanged()
  return useMutation({
    mutationFn: (body: IssueInput) =>
      unwrap(api.POST('/api/plans/{id}/issue', { params: { path: { id } }, body })),
    onSuccess: changed,
  })
}

export function useClosePlan(id: number) {
  const changed = usePlanChanged()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/plans/{id}/close', { params: { path: { id } } })),
    onSuccess: changed,
  })
}

export function useCancelPlan(id: number) {
  const changed = usePlanChanged()
  return useMutation({
    mutationFn: (body: CancelInput) =>
      unwrap(api.POST('/api/plans/{id}/cancel', { params: { path: { id } }, body })),
    onSuccess: changed,
  })
}

function useTaskChanged(planId: number) {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) })
    void qc.invalidateQueries({ queryKey: queryKeys.plans.all })
    void qc.invalidateQueries({ queryKey: queryKeys.tasks.all })
  }
}

export function useCreateTask(planId: number) {
  const changed = useTaskChanged(planId)
  return useMutation({
    mutationFn: ({ body, key }: { body: TaskInput; key: string }) =>
      unwrap(api.POST('/api/plans/{planId}/tasks', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateTask(planId: number) {
  const changed = useTaskChanged(planId)
  return useMutation({
    mutationFn: ({ task, body }: { task: Task; body: TaskInput }) =>
      unwrap(
        api.PUT('/api/tasks/{id}', {
          params: { path: { id: task.id }, header: { 'If-Match': ifMatch(task.version) } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

export function useDeleteTask(planId: number) {
  const changed = useTaskChanged(planId)
  return useMutation({
    mutationFn: (task: Task) => unwrap(api.DELETE('/api/tasks/{id}', { params: { path: { id: task.id } } })),
    onSuccess: changed,
  })
}

/** The plan's events (ceremonies), earliest first. */
export function usePlanEvents(planId: number) {
  return useQuery({
    queryKey: queryKeys.plans.events(planId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/plans/{planId}/events', { params: { path: { planId } }, signal })),
  })
}
