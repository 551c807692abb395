import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '@/lib/api/keys'
import { publicApi, retryPublic, unwrapPublic } from '@/lib/api/public'
import type { PublicContestEntryInput } from '@/lib/api/types'

/** A contest's public page, read without an account (the window is the server's: `open`). */
export function usePublicContest(id: number) {
  return useQuery({
    queryKey: queryKeys.public.contest(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/contests/{contestId}', { params: { path: { contestId: id } }, signal }))).data,
    staleTime: 60_000,
    retry: retryPublic,
  })
}

export function usePublicContestResults(id: number) {
  return useQuery({
    queryKey: queryKeys.public.contestResults(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/contests/{contestId}/results', { params: { path: { contestId: id } }, signal }))).data,
    staleTime: 5 * 60_000,
    retry: retryPublic,
  })
}

/** 201 a new entry, 200 the receipt of one sent before with the same submissionId. */
export function useSubmitPublicEntry(id: number) {
  return useMutation({
    mutationFn: async (body: PublicContestEntryInput) =>
      (await unwrapPublic(publicApi.POST('/api/public/contests/{contestId}/entries', { params: { path: { contestId: id } }, body }))).data,
  })
}
