import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import { streamFile, type DownloadProgress } from '@/lib/api/download'
import { ApiError, apiErrorFrom } from '@/lib/api/problem'
import { getToken, refreshSession, tokenExpiring } from '@/lib/auth/token'
import { currentLanguage } from '@/lib/i18n'
import type { CheckInCounts } from '@/lib/api/types'
import { readSse } from './sse'
import type { CheckInSyncRequest, DoorList } from './types'

function networkError(): ApiError {
  return new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' })
}

/** The door's list for offline work; `same` when the ETag still holds (304). */
export async function fetchDoorList(
  eventId: number,
  venueId: number | undefined,
  etag: string | null,
): Promise<{ kind: 'same' } | { kind: 'fresh'; list: DoorList; etag: string | null }> {
  let result
  try {
    result = await api.GET('/api/events/{eventId}/door-list', {
      params: { path: { eventId }, query: venueId ? { venueId } : {} },
      headers: etag ? { 'If-None-Match': etag } : {},
      // The list must come from the server (or its 304), never from the browser's HTTP cache.
      cache: 'no-store',
    })
  } catch {
    throw networkError()
  }
  const { data, error, response } = result
  if (response.status === 304) return { kind: 'same' }
  if (!response.ok || !data) throw apiErrorFrom(response, error)
  return { kind: 'fresh', list: data, etag: response.headers.get('ETag') }
}

export function syncCheckIns(eventId: number, body: CheckInSyncRequest) {
  return unwrap(api.POST('/api/events/{eventId}/check-ins/sync', { params: { path: { eventId } }, body }))
}

const PAGE = { page: 1, size: 50 }

/** Delegates admitted at two doors while offline (the organiser's list). */
export function useCheckInConflicts(eventId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['events', eventId, 'check-in-conflicts'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/events/{eventId}/check-ins/conflicts', { params: { path: { eventId }, query: PAGE }, signal })),
    enabled,
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  })
}

/** Check-ins after the event's start, latest first. */
export function useLateArrivals(eventId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['events', eventId, 'late-arrivals'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/events/{eventId}/check-ins/late', { params: { path: { eventId }, query: PAGE }, signal })),
    enabled,
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  })
}

export interface InvitationFilters {
  organizationId?: number
  venueId?: number
  category?: number
}

/** The invitation cards as one A4 PDF (8 a page), with the bytes received as they come. */
export function downloadInvitations(eventId: number, filters: InvitationFilters, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal) {
  return streamFile(
    api.GET('/api/events/{eventId}/invitations.pdf', {
      params: { path: { eventId }, query: filters },
      headers: { Accept: 'application/pdf, application/problem+json' },
      parseAs: 'stream',
      signal,
    }),
    `thu-moi-su-kien-${eventId}.pdf`,
    onProgress,
  )
}

/**
 * Follows GET check-ins/stream (server-sent events named `counts`) until it ends, fails or the signal
 * aborts. Read with fetch so the bearer token travels in the header.
 */
export async function followCountStream(eventId: number, signal: AbortSignal, onCounts: (c: CheckInCounts) => void): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'Accept-Language': currentLanguage() }
  // a stream is not sent again on 401 as the API's calls are: start it with a live token
  const token = tokenExpiring() ? await refreshSession().catch(() => getToken()) : getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(`${window.location.origin}/api/events/${eventId}/check-ins/stream`, { headers, signal, cache: 'no-store' })
  if (!res.ok || !res.body || !(res.headers.get('Content-Type') ?? '').startsWith('text/event-stream')) {
    throw new Error(`no stream (${res.status})`)
  }
  await readSse(res.body, (e) => {
    if (e.event !== 'counts') return
    try {
      onCounts(JSON.parse(e.data) as CheckInCounts)
    } catch {
      // a half-written event: the next one follows
    }
  })
}

/** The invitee categories of the event's plan (the batch print's filter). */
export function useDoorCategories(planId: number) {
  return useQuery({
    queryKey: queryKeys.plans.categories(planId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans/{planId}/invitee-categories', { params: { path: { planId } }, signal })),
    staleTime: 5 * 60_000,
  })
}
