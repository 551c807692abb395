import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { SystemClient, SystemClientInput } from '../systemClient'

export function useSystemClients(query: { page: number; size: number }) {
  return useQuery({
    queryKey: queryKeys.systemClients.list(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/system-clients', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  })
}

/** Registers a client; the answer carries its secret, which the server never shows again. */
export function useRegisterSystemClient() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: SystemClientInput) => unwrap(api.POST('/api/system-clients', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.systemClients.all }),
  })
}

/** A new secret (shown once); the previous one keeps working for 24 hours. */
export function useRotateSystemClientSecret() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (client: SystemClient) =>
      unwrap(api.POST('/api/system-clients/{id}/rotate-secret', { params: { path: { id: client.id } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.systemClients.all }),
  })
}

export function useSetSystemClientScopes() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ client, scopes }: { client: SystemClient; scopes: string[] }) =>
      unwrap(api.PUT('/api/system-clients/{id}/scopes', { params: { path: { id: client.id } }, body: { scopes } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.systemClients.all }),
  })
}

/** Stops the client's secrets and tokens at once. */
export function useRevokeSystemClient() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (client: SystemClient) =>
      unwrap(api.POST('/api/system-clients/{id}/revoke', { params: { path: { id: client.id } } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.systemClients.all }),
  })
}
