import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { api, unwrap } from '@/lib/api/client'
import { fetchFile } from '@/lib/api/download'
import { queryKeys } from '@/lib/api/keys'
import type { CheckInRequest } from '@/lib/api/types'
import { eventAttendeesQuery } from '@/lib/queries/events'
import { followCountStream } from '../door/api'

/**
 * Live counters: pushed by the server (GET check-ins/stream, read with fetch) while the stream holds;
 * polled every 10 seconds when it does not (a proxy that buffers, a network that drops), the stream
 * tried again a minute later.
 */
export function useCheckInCounts(eventId: number) {
  const qc = useQueryClient()
  const [streaming, setStreaming] = useState(false)
  useEffect(() => {
    const abort = new AbortController()
    let retry: ReturnType<typeof setTimeout> | undefined
    const follow = () => {
      followCountStream(eventId, abort.signal, (counts) => {
        setStreaming(true)
        qc.setQueryData(queryKeys.events.checkInCounts(eventId), counts)
      })
        .catch(() => undefined)
        .finally(() => {
          setStreaming(false)
          if (!abort.signal.aborted) retry = setTimeout(follow, 60_000)
        })
    }
    follow()
    return () => {
      abort.abort()
      clearTimeout(retry)
    }
  }, [eventId, qc])
  return useQuery({
    queryKey: queryKeys.events.checkInCounts(eventId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/events/{eventId}/check-ins/counts', { params: { path: { eventId } }, signal })),
    refetchInterval: streaming ? false : 10_000,
    refetchIntervalInBackground: true,
    staleTime: streaming ? Infinity : 0,
  })
}

/** Delegates by name, diacritics or not ("nguyen van a"). */
export function useDoorSearch(eventId: number, q: string) {
  const query = { q, size: 10, sort: 'name' }
  return useQuery({
    ...eventAttendeesQuery(eventId, query),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

export function useCheckIn(eventId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: CheckInRequest) =>
      unwrap(api.POST('/api/events/{eventId}/check-ins', { params: { path: { eventId } }, body })),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.events.checkInCounts(eventId) })
      void qc.invalidateQueries({ queryKey: queryKeys.events.allAttendees(eventId) })
      void qc.invalidateQueries({ queryKey: queryKeys.events.matrix(eventId) })
    },
  })
}

/** The per-venue reconciliation (expected, arrived, elsewhere, absent) as XLSX, for the organisers. */
export function exportReconciliation(eventId: number) {
  return fetchFile(
    api.GET('/api/events/{eventId}/check-ins/reconciliation.xlsx', {
      params: { path: { eventId } },
      headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
      parseAs: 'blob',
    }),
    `doi-chieu-diem-danh-${eventId}.xlsx`,
  )
}
