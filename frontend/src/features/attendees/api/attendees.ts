import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { Attendee, AttendeeInput, EventAttendeeQuery } from '@/lib/api/types'
import { eventAttendeesQuery } from '@/lib/queries/events'

export const QUOTA_PAGE_SIZE = 50

export function useQuota(id: number) {
  return useQuery({
    queryKey: queryKeys.quotas.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/quotas/{id}', { params: { path: { id } }, signal })),
  })
}

export function useQuotaAttendees(quotaId: number, page: number) {
  return useQuery({
    queryKey: queryKeys.quotas.attendees(quotaId, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/quotas/{quotaId}/attendees', {
          params: { path: { quotaId }, query: { page, size: QUOTA_PAGE_SIZE, sort: 'createdAt' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export function useEventAttendees(eventId: number, query: EventAttendeeQuery, enabled = true) {
  return useQuery({
    ...eventAttendeesQuery(eventId, query),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** After a list changes: the quota's attendees and counters, the event's list, matrix and door counters. */
export function useListChanged() {
  const qc = useQueryClient()
  return (quotaId: number, eventId: number) => {
    void qc.invalidateQueries({ queryKey: queryKeys.quotas.allAttendees(quotaId) })
    void qc.invalidateQueries({ queryKey: queryKeys.quotas.detail(quotaId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.quotas(eventId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.matrix(eventId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.allAttendees(eventId) })
    void qc.invalidateQueries({ queryKey: queryKeys.events.checkInCounts(eventId) })
  }
}

export function useCreateAttendee(quotaId: number, eventId: number) {
  const changed = useListChanged()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AttendeeInput; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/quotas/{quotaId}/attendees', {
          params: { path: { quotaId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    // A refusal (the quota filled meanwhile, the deadline passed) also means the counters moved.
    onSettled: () => changed(quotaId, eventId),
  })
}

export type AttendeeAction = 'confirm' | 'decline' | 'cancel'

export function useAttendeeAction() {
  const changed = useListChanged()
  return useMutation({
    mutationFn: ({ attendee, action }: { attendee: Attendee; action: AttendeeAction }) => {
      const params = { params: { path: { id: attendee.id } } }
      switch (action) {
        case 'confirm':
          return unwrap(api.POST('/api/attendees/{id}/confirm', params))
        case 'decline':
          return unwrap(api.POST('/api/attendees/{id}/decline', params))
        case 'cancel':
          return unwrap(api.POST('/api/attendees/{id}/cancel', params))
      }
    },
    onSuccess: (a) => changed(a.quotaId, a.eventId),
  })
}

export function useReplaceAttendee() {
  const changed = useListChanged()
  return useMutation({
    mutationFn: ({ attendee, body, key }: { attendee: Attendee; body: AttendeeInput; key: string }) =>
      unwrap(api.POST('/api/attendees/{id}/replacement', { params: { path: { id: attendee.id }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: (a) => changed(a.quotaId, a.eventId),
  })
}

/** A flagged pair are two people: the organisers (or the receiving agency) keep both. */
export function useKeepBoth() {
  const changed = useListChanged()
  return useMutation({
    mutationFn: ({ attendee, otherId }: { attendee: Attendee; otherId: number }) =>
      unwrap(api.POST('/api/attendees/{id}/duplicates/{otherId}/keep-both', { params: { path: { id: attendee.id, otherId } } })),
    onSuccess: (a) => changed(a.quotaId, a.eventId),
  })
}
