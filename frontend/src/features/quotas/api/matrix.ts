import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { ReminderInput } from '@/lib/api/types'

/** Organisations × categories; refreshed every minute while lists come in. */
export function useQuotaMatrix(eventId: number) {
  return useQuery({
    queryKey: queryKeys.events.matrix(eventId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/events/{eventId}/quota-matrix', { params: { path: { eventId } }, signal })),
    refetchInterval: 60_000,
  })
}

/** Urges the organisations whose open quotas are not filled, with their figures. */
export function useQuotaReminders(eventId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ReminderInput) =>
      unwrap(api.POST('/api/events/{eventId}/quota-reminders', { params: { path: { eventId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  })
}
