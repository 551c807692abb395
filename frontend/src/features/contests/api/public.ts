import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '@/lib/api/keys'
import { publicApi, retryPublic, unwrapPublic } from '@/lib/api/public'
import type { PublicContestEntryInput } from '@/lib/api/types'

/** A contest's public page, read without an account (the window is the server's: `open`). */
export function usePublicContest(id: string) {
  return useQuery({
    queryKey: queryKeys.public.contest(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/contests/{publicId}', { params: { path: { publicId: id } }, signal }))).data,
    staleTime: 60_000,
    retry: retryPublic,
  })
}

export function usePublicContestResults(id: string) {
  return useQuery({
    queryKey: queryKeys.public.contestResults(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/contests/{publicId}/results', { params: { path: { publicId: id } }, signal }))).data,
    staleTime: 5 * 60_000,
    retry: retryPublic,
  })
}

/** 201 a new entry, 200 the receipt of one sent before with the same submissionId. */
export function useSubmitPublicEntry(id: string) {
  return useMutation({
    mutationFn: async (body: PublicContestEntryInput) =>
      (await unwrapPublic(publicApi.POST('/api/public/contests/{publicId}/entries', { params: { path: { publicId: id } }, body }))).data,
  })
}
