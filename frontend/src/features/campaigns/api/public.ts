import { useMutation, useQuery } from '@tanstack/react-query'
import { queryKeys } from '@/lib/api/keys'
import { publicApi, retryPublic as retry, unwrapPublic } from '@/lib/api/public'
import type { AdoptionRequest, PledgeRequest, QuizAttemptRequest } from '@/lib/api/types'

export function usePublicCampaign(id: string) {
  return useQuery({
    queryKey: queryKeys.public.campaign(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/campaigns/{publicId}', { params: { path: { publicId: id } }, signal }))).data,
    staleTime: 5 * 60_000,
    retry,
  })
}

/** The unit a link names (?unit=CODE); a 404 means the code is not one of the campaign's. */
export function usePublicUnit(id: string, code: string | undefined) {
  return useQuery({
    queryKey: queryKeys.public.unit(id, code ?? ''),
    queryFn: async ({ signal }) =>
      (
        await unwrapPublic(
          publicApi.GET('/api/public/campaigns/{publicId}/units/{code}', { params: { path: { publicId: id, code: code as string } }, signal }),
        )
      ).data,
    enabled: !!code,
    staleTime: 5 * 60_000,
    retry,
  })
}

/** Counts a framed download for the unit (once per device: 201 counted, 200 a repeat). */
export function useAdoption(id: string) {
  return useMutation({
    mutationFn: async (body: AdoptionRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/campaigns/{publicId}/adoptions', { params: { path: { publicId: id } }, body }))).data,
  })
}

export function useSignWall(id: string) {
  return useMutation({
    mutationFn: async (body: PledgeRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/campaigns/{publicId}/pledges', { params: { path: { publicId: id } }, body }))).data,
  })
}

/** The approved pledges, newest first, polled (15 s on the page, 10 s on a kiosk screen). */
export function useWall(id: string, page: number, size: number, refetchInterval: number) {
  return useQuery({
    queryKey: queryKeys.public.wall(id, page, size),
    queryFn: async ({ signal }) =>
      (
        await unwrapPublic(
          publicApi.GET('/api/public/campaigns/{publicId}/wall', { params: { path: { publicId: id }, query: { page, size } }, signal }),
        )
      ).data,
    refetchInterval,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry,
  })
}

export function usePublicQuiz(id: string) {
  return useQuery({
    queryKey: queryKeys.public.quiz(id),
    queryFn: async ({ signal }) =>
      (await unwrapPublic(publicApi.GET('/api/public/quizzes/{publicId}', { params: { path: { publicId: id } }, signal }))).data,
    staleTime: Infinity,
    retry,
  })
}

export function useSubmitAttempt(id: string) {
  return useMutation({
    mutationFn: async (body: QuizAttemptRequest) =>
      (await unwrapPublic(publicApi.POST('/api/public/quizzes/{publicId}/attempts', { params: { path: { publicId: id } }, body }))).data,
  })
}
