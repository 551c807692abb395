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

/** Gives each quota a later deadline (POST /api/quotas/{id}/extensions), one after the other; the matrix is read again. */
export function useExtendQuotas(eventId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: async ({ quotaIds, until }: { quotaIds: number[]; until: string }) => {
      for (const id of quotaIds) {
        await unwrap(api.POST('/api/quotas/{id}/extensions', { params: { path: { id } }, body: { until } }))
      }
      return quotaIds.length
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.events.matrix(eventId) })
      void qc.invalidateQueries({ queryKey: queryKeys.quotas.all })
    },
  })
}
