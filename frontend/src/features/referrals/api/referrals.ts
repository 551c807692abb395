import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import type { ReferralClosure, ReferralInput, ReferralSide, ReferralStatus } from '../referral'

export interface ReferralListQuery {
  side?: ReferralSide
  status?: ReferralStatus
  page: number
  size: number
}

/** The feature's query keys: every change of a case refreshes its lists, its detail and the counts. */
export const referralKeys = {
  all: ['referrals'] as const,
  access: ['referrals', 'access'] as const,
  list: (q: ReferralListQuery) => ['referrals', 'list', q] as const,
  detail: (id: number) => ['referrals', 'detail', id] as const,
  receivers: (q: string) => ['referrals', 'receivers', q] as const,
  escalations: ['referrals', 'escalations'] as const,
}

/** What the caller may do with referrals (the server's rule): the menu and the pages ask it. */
export function useReferralAccess() {
  return useQuery({
    queryKey: referralKeys.access,
    queryFn: ({ signal }) => unwrap(api.GET('/api/referral-access', { signal })),
    staleTime: 5 * 60_000,
  })
}

export function useReferrals(query: ReferralListQuery) {
  return useQuery({
    queryKey: referralKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/referrals', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  })
}

export function useReferral(id: number) {
  return useQuery({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/referrals/{id}', { params: { path: { id } }, signal })),
  })
}

export function useReferralReceivers(q: string) {
  return useQuery({
    queryKey: referralKeys.receivers(q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/referral-receivers', { params: { query: { q: q || undefined, size: 30 } }, signal })),
    staleTime: 5 * 60_000,
  })
}

export function useReferralEscalations(enabled: boolean) {
  return useQuery({
    queryKey: referralKeys.escalations,
    queryFn: ({ signal }) => unwrap(api.GET('/api/referral-escalations', { signal })),
    enabled,
  })
}

/** Opens a case; `key` is made once per form, so a double click or a retry after a lost answer opens one case. */
export function useOpenReferral() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: ReferralInput; key: string }) =>
      unwrap(api.POST('/api/referrals', { params: { header: { 'Idempotency-Key': key } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: referralKeys.all }),
  })
}

export type ReferralStep = { step: 'acknowledge' } | { step: 'first-contact' } | { step: 'close'; body: ReferralClosure }

/** A step of the case with the version the caller read (If-Match): a change by someone else meanwhile is a 412. */
export function useReferralStep(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ action, version }: { action: ReferralStep; version: number }) => {
      const params = { path: { id }, header: { 'If-Match': ifMatch(version) } }
      switch (action.step) {
        case 'acknowledge':
          return unwrap(api.POST('/api/referrals/{id}/acknowledge', { params }))
        case 'first-contact':
          return unwrap(api.POST('/api/referrals/{id}/first-contact', { params }))
        case 'close':
          return unwrap(api.POST('/api/referrals/{id}/close', { params, body: action.body }))
      }
    },
    onSuccess: (referral) => {
      qc.setQueryData(referralKeys.detail(id), referral)
      void qc.invalidateQueries({ queryKey: referralKeys.all })
    },
    onError: () => void qc.invalidateQueries({ queryKey: referralKeys.detail(id) }),
  })
}
