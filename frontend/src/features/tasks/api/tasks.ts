import { isApiError } from '@/lib/api/problem'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { ProgressReportInput, TaskListQuery } from '@/lib/api/types'
import { tasksQuery } from '@/lib/queries/tasks'

export function useTasks(query: TaskListQuery, enabled = true) {
  return useQuery({
    ...tasksQuery(query),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useTask(id: number) {
  return useQuery({
    queryKey: queryKeys.tasks.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tasks/{id}', { params: { path: { id } }, signal })),
  })
}

export function useProgressReports(taskId: number) {
  return useQuery({
    queryKey: queryKeys.tasks.reports(taskId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/tasks/{id}/progress-reports', {
          params: { path: { id: taskId }, query: { size: 100 } },
          signal,
        }),
      ),
  })
}

/** A 422 whose field errors say the figure or "done" of a task measured by campaign targets was sent. */
export function isMeasuredByTargetsRefusal(e: unknown): boolean {
  return isApiError(e) && e.fieldErrors.some((f) => f.code === MEASURED_BY_TARGETS)
}

export const MEASURED_BY_TARGETS = 'MeasuredByTargets'

export function useAddProgressReport(taskId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: ProgressReportInput; key: string }) =>
      unwrap(api.POST('/api/tasks/{id}/progress-reports', { params: { path: { id: taskId }, header: { 'Idempotency-Key': key } }, body })),
    onError: (e) => {
      // The task has come to be measured by campaign targets meanwhile: show it as it is now.
      if (isMeasuredByTargetsRefusal(e)) void qc.invalidateQueries({ queryKey: queryKeys.tasks.all })
    },
    onSuccess: () => {
      // The report moves the task's status, its plan's counters and the standing agency's matrix.
      void qc.invalidateQueries({ queryKey: queryKeys.tasks.all })
      void qc.invalidateQueries({ queryKey: queryKeys.plans.all })
    },
  })
}
