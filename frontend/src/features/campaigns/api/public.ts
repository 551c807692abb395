import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '@/lib/api/keys'
import { publicApi, retryPublic as retry, unwrapPublic } from '@/lib/api/public'
import type { AdoptionRequest, PledgeRequest, QuizAttemptRequest } from '@/lib/api/types'

export function usePublicCampaign(id: number) {
  return useQuery({
    queryKey: queryKeys.public.campaign(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/campaigns/{campaignId}', { params: { path: { campaignId: id } }, signal }))).data,
    staleTime: 5 * 60_000,
    retry,
  })
}

/** The unit a link names (?unit=CODE); a 404 means the code is not one of the campaign's. */
export function usePublicUnit(id: number, code: string | undefined) {
  return useQuery({
    queryKey: queryKeys.public.unit(id, code ?? ''),
    queryFn: async ({ signal }) =>
      (
        await unwrapPublic(
          publicApi.GET('/api/public/campaigns/{campaignId}/units/{code}', { params: { path: { campaignId: id, code: code as string } }, signal }),
        )
      ).data,
    enabled: !!code,
    staleTime: 5 * 60_000,
    retry,
  })
}

/** Counts a framed download for the unit (once per device: 201 counted, 200 a repeat). */
export function useAdoption(id: number) {
  return useMutation({
    mutationFn: async (body: AdoptionRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/campaigns/{campaignId}/adoptions', { params: { path: { campaignId: id } }, body }))).data,
  })
}

export function useSignWall(id: number) {
  return useMutation({
    mutationFn: async (body: PledgeRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/campaigns/{campaignId}/pledges', { params: { path: { campaignId: id } }, body }))).data,
  })
}

/** The approved pledges, newest first, polled (15 s on the page, 10 s on a kiosk screen). */
export function useWall(id: number, page: number, size: number, refetchInterval: number) {
  return useQuery({
    queryKey: queryKeys.public.wall(id, page, size),
    queryFn: async ({ signal }) =>
      (
        await unwrapPublic(
          publicApi.GET('/api/public/campaigns/{campaignId}/wall', { params: { path: { campaignId: id }, query: { page, size } }, signal }),
        )
      ).data,
    refetchInterval,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry,
  })
}

export function usePublicQuiz(id: number) {
  return useQuery({
    queryKey: queryKeys.public.quiz(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/quizzes/{quizId}', { params: { path: { quizId: id } }, signal }))).data,
    staleTime: Infinity,
    retry,
  })
}

export function useSubmitAttempt(id: number) {
  return useMutation({
    mutationFn: async (body: QuizAttemptRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/quizzes/{quizId}/attempts', { params: { path: { quizId: id } }, body }))).data,
  })
}
