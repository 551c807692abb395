import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'

const POLL_MS = 60_000

/** How many notifications are unread: the envelope's total of a one-item page. */
export function useUnreadCount() {
  return useQuery({
    queryKey: queryKeys.notifications.unread,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/notifications', { params: { query: { unread: true, size: 1 } }, signal })),
    select: (page) => page.total,
    refetchInterval: POLL_MS,
  })
}

export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications.latest,
    queryFn: ({ signal }) => unwrap(api.GET('/api/notifications', { params: { query: { size: 20 } }, signal })),
    enabled,
  })
}

export function useMarkRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  })
}
