import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { EventAttendeeQuery } from '@/lib/api/types'

/** GET /api/events/{id}: the event, read by its own pages, the lists, the matrix and the door. */
export function eventQuery(id: number) {
  return queryOptions({
    queryKey: queryKeys.events.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{id}', { params: { path: { id } }, signal })),
  })
}

/** An event; none is asked while its id is unknown. */
export function useEvent(id: number | undefined) {
  return useQuery({ ...eventQuery(id ?? 0), enabled: id !== undefined })
}

/** GET /api/events/{eventId}/quotas: all of them for organisers and receivers, the caller's own for an agency. */
export function eventQuotasQuery(eventId: number) {
  return queryOptions({
    queryKey: queryKeys.events.quotas(eventId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{eventId}/quotas', { params: { path: { eventId } }, signal })),
  })
}

export function useEventQuotas(eventId: number) {
  return useQuery(eventQuotasQuery(eventId))
}

/** GET /api/events/{eventId}/attendees: the event's list (searched, filtered, paged), and the door's search. */
export function eventAttendeesQuery(eventId: number, query: EventAttendeeQuery) {
  return queryOptions({
    queryKey: queryKeys.events.attendees(eventId, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/events/{eventId}/attendees', { params: { path: { eventId }, query }, signal })),
  })
}
