import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { Event, EventInput, Quota, QuotaInput } from '@/lib/api/types'

export function useInviteeCategories(planId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.plans.categories(planId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/plans/{planId}/invitee-categories', { params: { path: { planId: planId as number } }, signal })),
    enabled: planId !== undefined,
    staleTime: 5 * 60_000,
  })
}

function useEventChanged() {
  const qc = useQueryClient()
  return (event: Event) => {
    qc.setQueryData(queryKeys.events.detail(event.id), event)
    void qc.invalidateQueries({ queryKey: queryKeys.plans.events(event.planId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.detail(event.id) })
  }
}

export function useCreateEvent(planId: number) {
  const changed = useEventChanged()
  return useMutation({
    mutationFn: ({ body, key }: { body: EventInput; key: string }) =>
      unwrap(api.POST('/api/plans/{planId}/events', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateEvent(id: number) {
  const changed = useEventChanged()
  return useMutation({
    mutationFn: ({ body, version }: { body: EventInput; version: number }) =>
      unwrap(
        api.PUT('/api/events/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

/** After a quota changes: the event's quota list and matrix. */
function useQuotaChanged(eventId: number) {
  const qc = useQueryClient()
  return (quota: Quota) => {
    qc.setQueryData(queryKeys.quotas.detail(quota.id), quota)
    void qc.invalidateQueries({ queryKey: queryKeys.events.quotas(eventId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.matrix(eventId) })
  }
}

export function useCreateQuota(eventId: number) {
  const changed = useQuotaChanged(eventId)
  return useMutation({
    mutationFn: ({ body, key }: { body: QuotaInput; key: string }) =>
      unwrap(api.POST('/api/events/{eventId}/quotas', { params: { path: { eventId }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateQuota(eventId: number) {
  const changed = useQuotaChanged(eventId)
  return useMutation({
    mutationFn: ({ quota, body }: { quota: Quota; body: QuotaInput }) =>
      unwrap(
        api.PUT('/api/quotas/{id}', {
          params: { path: { id: quota.id }, header: { 'If-Match': ifMatch(quota.version) } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

export function useExtendQuota(eventId: number) {
  const changed = useQuotaChanged(eventId)
  return useMutation({
    mutationFn: ({ quota, until }: { quota: Quota; until: string }) =>
      unwrap(api.POST('/api/quotas/{id}/extensions', { params: { path: { id: quota.id } }, body: { until } })),
    onSuccess: changed,
  })
}
