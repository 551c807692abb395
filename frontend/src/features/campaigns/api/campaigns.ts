import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import { fetchFile } from '@/lib/api/download'
import { queryKeys } from '@/lib/api/keys'
import { campaignsQuery, type CampaignListQuery } from '@/lib/queries/campaigns'
import type {
  ActivityReportInput,
  ActivityType,
  Campaign,
  CampaignInput,
  CampaignTargetInput,
  Headcounts,
  PledgeStatus,
  QuizInput,
  QuizQuestionInput,
  ReminderInput,
  UnitStatus,
  AddUnitsRequest,
} from '@/lib/api/types'

export const PAGE_SIZE = 20

/** A file as openapi-fetch's multipart body: the generated type says string (binary). */
function multipart(file: File) {
  return {
    body: { file: file as unknown as string },
    bodySerializer: (body: { file?: string }) => {
      const form = new FormData()
      form.append('file', body.file as unknown as File)
      return form
    },
  }
}

export function useCampaigns(query: CampaignListQuery) {
  return useQuery({ ...campaignsQuery(query), placeholderData: keepPreviousData })
}

function useCampaignChanged() {
  const qc = useQueryClient()
  return (campaign: Campaign) => {
    qc.setQueryData(queryKeys.campaigns.detail(campaign.id), campaign)
    void qc.invalidateQueries({ queryKey: ['campaigns', 'list'] })
  }
}

export function useCreateCampaign(planId: number) {
  const changed = useCampaignChanged()
  return useMutation({
    mutationFn: ({ body, key }: { body: CampaignInput; key: string }) =>
      unwrap(api.POST('/api/plans/{planId}/campaigns', { params: { path: { planId }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateCampaign(id: number) {
  const changed = useCampaignChanged()
  return useMutation({
    mutationFn: ({ body, version }: { body: CampaignInput; version: number }) =>
      unwrap(api.PUT('/api/campaigns/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: changed,
  })
}

/** The frame (a PNG with a transparent opening) the public frame page lays over photos. */
export function useUploadFrame(id: number) {
  const changed = useCampaignChanged()
  return useMutation({
    mutationFn: (file: File) => unwrap(api.PUT('/api/campaigns/{id}/frame', { params: { path: { id } }, ...multipart(file) })),
    onSuccess: changed,
  })
}

// ── Units and their headcounts ──────────────────────────────────────────────

export function useCampaignUnits(id: number, q: string, page: number) {
  const query = { q: q || undefined, page, size: PAGE_SIZE }
  return useQuery({
    queryKey: queryKeys.campaigns.units(id, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/units', { params: { path: { campaignId: id }, query }, signal })),
    placeholderData: keepPreviousData,
  })
}

function useUnitsChanged(id: number) {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.allUnits(id) })
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.indicators(id) })
  }
}

export function useAddUnits(id: number) {
  const changed = useUnitsChanged(id)
  return useMutation({
    mutationFn: (body: AddUnitsRequest) => unwrap(api.POST('/api/campaigns/{campaignId}/units', { params: { path: { campaignId: id } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateHeadcount(id: number) {
  const changed = useUnitsChanged(id)
  return useMutation({
    mutationFn: ({ organizationId, body }: { organizationId: number; body: Headcounts }) =>
      unwrap(
        api.PUT('/api/campaigns/{campaignId}/units/{organizationId}', { params: { path: { campaignId: id, organizationId } }, body }),
      ),
    onSuccess: changed,
  })
}

export function useImportHeadcounts(id: number) {
  const changed = useUnitsChanged(id)
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/units/headcounts', { params: { path: { campaignId: id } }, ...multipart(file) })),
    onSuccess: changed,
  })
}

// ── Activity reports ────────────────────────────────────────────────────────

export function useActivityReports(id: number, filter: { organization?: number; type?: ActivityType; page: number }) {
  const query = { ...filter, size: PAGE_SIZE }
  return useQuery({
    queryKey: queryKeys.campaigns.reports(id, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/reports', { params: { path: { campaignId: id }, query }, signal })),
    placeholderData: keepPreviousData,
  })
}

function useReportsChanged(id: number) {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.allReports(id) })
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.indicators(id) })
    void qc.invalidateQueries({ queryKey: ['campaign-targets'] })
  }
}

export function useCreateReport(id: number) {
  const changed = useReportsChanged(id)
  return useMutation({
    mutationFn: ({ body, key }: { body: ActivityReportInput; key: string }) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/reports', {
          params: { path: { campaignId: id }, header: { 'Idempotency-Key': key } },
          body,
        })),
    onSuccess: changed,
  })
}

export function useUploadReportPhoto(campaignId: number) {
  const changed = useReportsChanged(campaignId)
  return useMutation({
    mutationFn: ({ reportId, file }: { reportId: number; file: File }) =>
      unwrap(api.POST('/api/activity-reports/{id}/photos', { params: { path: { id: reportId } }, ...multipart(file) })),
    onSettled: changed,
  })
}

export function useDeleteReport(campaignId: number) {
  const changed = useReportsChanged(campaignId)
  return useMutation({
    mutationFn: (reportId: number) => unwrap(api.DELETE('/api/activity-reports/{id}', { params: { path: { id: reportId } } })),
    onSuccess: changed,
  })
}

/** Counts a report held for review (its figures exceed the unit's headcount): the managers, after checking. */
export function useAcceptReport(campaignId: number) {
  const changed = useReportsChanged(campaignId)
  return useMutation({
    mutationFn: (reportId: number) => unwrap(api.POST('/api/activity-reports/{id}/accept', { params: { path: { id: reportId } } })),
    onSuccess: changed,
  })
}

/** A report's photo as an object URL: the image needs the bearer token, so no plain <img src>. */
export function useReportPhoto(reportId: number, photoId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.activityReports.photo(reportId, photoId),
    queryFn: async () => {
      const { blob } = await fetchFile(
        api.GET('/api/activity-reports/{id}/photos/{photoId}', {
          params: { path: { id: reportId, photoId } },
          headers: { Accept: 'image/*, application/problem+json' },
          parseAs: 'blob',
        }),
        'photo',
      )
      return blob
    },
    enabled,
    staleTime: Infinity,
  })
}

// ── Targets and indicators ──────────────────────────────────────────────────

export function useTargets(id: number) {
  return useQuery({
    queryKey: queryKeys.campaigns.targets(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/targets', { params: { path: { campaignId: id } }, signal })),
  })
}

function useTargetsChanged(id: number) {
  const qc = useQueryClient()
  return () => {
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.targets(id) })
    void qc.invalidateQueries({ queryKey: queryKeys.campaigns.indicators(id) })
  }
}

export function useCreateTarget(id: number) {
  const changed = useTargetsChanged(id)
  return useMutation({
    mutationFn: ({ body, key }: { body: CampaignTargetInput; key: string }) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/targets', { params: { path: { campaignId: id }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useDeleteTarget(id: number) {
  const changed = useTargetsChanged(id)
  return useMutation({
    mutationFn: (targetId: number) =>
      unwrap(api.DELETE('/api/campaign-targets/{id}', { params: { path: { id: targetId } } })),
    onSuccess: changed,
  })
}

/** Every target's figure, recomputed from the reports; refreshed every minute. */
export function useIndicators(id: number) {
  return useQuery({
    queryKey: queryKeys.campaigns.indicators(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/indicators', { params: { path: { campaignId: id } }, signal })),
    refetchInterval: 60_000,
  })
}

export function useTargetUnits(targetId: number, status: UnitStatus | undefined, page: number) {
  return useQuery({
    queryKey: queryKeys.campaignTargets.units(targetId, status, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/campaign-targets/{id}/units', {
          params: { path: { id: targetId }, query: { status, page, size: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  })
}

export function useWeekly(targetId: number) {
  return useQuery({
    queryKey: queryKeys.campaignTargets.weekly(targetId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/campaign-targets/{id}/weekly', { params: { path: { id: targetId } }, signal })),
  })
}

export function useTargetReminders(targetId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: ReminderInput) =>
      unwrap(api.POST('/api/campaign-targets/{id}/reminders', { params: { path: { id: targetId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  })
}

// ── Pledges awaiting moderation ─────────────────────────────────────────────

export function usePledges(id: number, status: PledgeStatus | undefined, page: number) {
  const query = { status, page, size: PAGE_SIZE }
  return useQuery({
    queryKey: queryKeys.campaigns.pledges(id, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/pledges', { params: { path: { campaignId: id }, query }, signal })),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  })
}

/** A moderator's decision: approve a pending pledge, approve a held one anyway (override), or reject. */
export type PledgeDecision = 'approve' | 'approveAnyway' | 'reject'

export function useModeratePledge(campaignId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ pledgeId, decision }: { pledgeId: number; decision: PledgeDecision }) =>
      decision === 'reject'
        ? unwrap(api.POST('/api/pledges/{id}/reject', { params: { path: { id: pledgeId } } }))
        : unwrap(
            api.POST('/api/pledges/{id}/approve', {
              params: { path: { id: pledgeId }, query: decision === 'approveAnyway' ? { override: true } : {} },
            }),
          ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.campaigns.allPledges(campaignId) })
      void qc.invalidateQueries({ queryKey: ['public', 'campaigns', campaignId, 'wall'] })
    },
  })
}

// ── Who moderates the wall ──────────────────────────────────────────────────

export function useWallModerators(campaignId: number) {
  return useQuery({
    queryKey: queryKeys.campaigns.wallModerators(campaignId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/campaigns/{campaignId}/wall-moderators', { params: { path: { campaignId } }, signal })),
  })
}

export function useAddWallModerator(campaignId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (organizationId: number) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/wall-moderators', { params: { path: { campaignId } }, body: { organizationId } })),
    onSuccess: (data) => qc.setQueryData(queryKeys.campaigns.wallModerators(campaignId), data),
  })
}

export function useRemoveWallModerator(campaignId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (organizationId: number) =>
      unwrap(api.DELETE('/api/campaigns/{campaignId}/wall-moderators/{organizationId}', { params: { path: { campaignId, organizationId } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.campaigns.wallModerators(campaignId) }),
  })
}

// ── Quiz ────────────────────────────────────────────────────────────────────

export function useQuizQuestions(id: number) {
  return useQuery({
    queryKey: queryKeys.campaigns.questions(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/quiz/questions', { params: { path: { campaignId: id } }, signal })),
  })
}

export function useCreateQuestion(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: QuizQuestionInput; key: string }) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/quiz/questions', { params: { path: { campaignId: id }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.campaigns.questions(id) }),
  })
}

export function useQuizzes(id: number) {
  return useQuery({
    queryKey: queryKeys.campaigns.quizzes(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/quiz/quizzes', { params: { path: { campaignId: id } }, signal })),
  })
}

export function useCreateQuiz(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: QuizInput; key: string }) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/quiz/quizzes', { params: { path: { campaignId: id }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.campaigns.quizzes(id) }),
  })
}

export function useQuizResults(quizId: number | undefined) {
  return useQuery({
    queryKey: queryKeys.quizzes.results(quizId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/quizzes/{id}/results', { params: { path: { id: quizId as number } }, signal })),
    enabled: quizId !== undefined,
  })
}
