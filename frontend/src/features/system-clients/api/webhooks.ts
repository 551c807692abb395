import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { Webhook, WebhookDelivery, WebhookInput } from '../webhook'

/** The subscriptions of one system client. */
export function useWebhooks(systemClientId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.webhooks.ofClient(systemClientId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/webhooks', { params: { query: { systemClientId } }, signal })),
    enabled: systemClientId !== undefined,
  })
}

/** The event types and the scope each needs: the server's one table; it changes only with a release. */
export function useWebhookEventTypes(enabled = true) {
  return useQuery({
    queryKey: queryKeys.webhooks.eventTypes,
    queryFn: ({ signal }) => unwrap(api.GET('/api/webhook-event-types', { signal })),
    staleTime: Infinity,
    enabled,
  })
}

/** Subscribes a URL; the answer carries the signing secret, which the server never shows again. */
export function useCreateWebhook() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: WebhookInput) => unwrap(api.POST('/api/webhooks', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  })
}

export function useDeleteWebhook() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (webhook: Webhook) =>
      unwrap(api.DELETE('/api/webhooks/{id}', { params: { path: { id: webhook.id } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  })
}

/** A subscription's delivery log, newest first as the server pages it. */
export function useWebhookDeliveries(webhookId: number, query: { page: number; size: number }) {
  return useQuery({
    queryKey: queryKeys.webhooks.deliveries(webhookId, query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query }, signal })),
    placeholderData: keepPreviousData,
  })
}

/** Queues a delivery again (same webhook-id) for the next run, then reloads its log. */
export function useRedeliverWebhook() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (delivery: WebhookDelivery) =>
      unwrap(api.POST('/api/webhook-deliveries/{id}/redeliver', { params: { path: { id: delivery.id } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.webhooks.allDeliveries }),
  })
}
