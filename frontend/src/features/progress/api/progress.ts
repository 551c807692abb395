import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { ReminderInput } from '@/lib/api/types'

export function usePlanProgress(planId: number) {
  return useQuery({
    queryKey: queryKeys.plans.progress(planId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans/{planId}/progress', { params: { path: { planId } }, signal })),
    refetchInterval: 60_000,
  })
}

export function useSendReminders(planId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ReminderInput) =>
      unwrap(api.POST('/api/plans/{planId}/reminders', { params: { path: { planId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  })
}
