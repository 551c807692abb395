import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import { campaignQuery } from '@/lib/queries/campaigns'
import type { ConsentInput, Contest, ContestEntryInput, ContestEntryQuery, ContestInput, ScoreInput } from '@/lib/api/types'

export const ENTRY_PAGE_SIZE = 20

/**
 * getContest and updateContest return a Contest, but the contract declares no schema for their 200
 * (the resource builds a Response to add the ETag), so the generated type is unknown.
 */
const asContest = (body: unknown) => body as Contest

export function useContests(campaignId: number) {
  return useQuery({
    queryKey: queryKeys.contests.ofCampaign(campaignId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{campaignId}/contests', { params: { path: { campaignId } }, signal })),
  })
}

export function useContest(id: number) {
  return useQuery({
    queryKey: queryKeys.contests.detail(id),
    queryFn: async ({ signal }) => asContest(await unwrap(api.GET('/api/contests/{id}', { params: { path: { id } }, signal }))),
  })
}

/** The campaign's name for the breadcrumb; a judge from outside the campaign may not see it (then no name). */
export function useCampaignName(campaignId: number) {
  return useQuery({
    ...campaignQuery(campaignId),
    retry: false,
    select: (c) => c.name,
  })
}

function useContestChanged() {
  const qc = useQueryClient()
  return (contest: Contest) => {
    qc.setQueryData(queryKeys.contests.detail(contest.id), contest)
    void qc.invalidateQueries({ queryKey: queryKeys.contests.ofCampaign(contest.campaignId) })
  }
}

export function useCreateContest(campaignId: number) {
  const changed = useContestChanged()
  return useMutation({
    mutationFn: ({ body, key }: { body: ContestInput; key: string }) =>
      unwrap(api.POST('/api/campaigns/{campaignId}/contests', { params: { path: { campaignId }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useUpdateContest(id: number) {
  const changed = useContestChanged()
  return useMutation({
    mutationFn: async ({ body, version }: { body: ContestInput; version: number }) =>
      asContest(await unwrap(api.PUT('/api/contests/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }))),
    onSuccess: changed,
  })
}

/** Publishing freezes everything: every query of the contest is read again. */
export function usePublishContest(id: number) {
  const changed = useContestChanged()
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/contests/{id}/publish', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: (contest) => {
      changed(contest)
      // The contest's key is the prefix of its entries, judges, ranking and judging.
      void qc.invalidateQueries({ queryKey: queryKeys.contests.detail(id) })
      void qc.invalidateQueries({ queryKey: queryKeys.public.contest(contest.publicId) })
    },
  })
}

// ── Judges ──────────────────────────────────────────────────────────────────

export function useContestJudges(id: number) {
  return useQuery({
    queryKey: queryKeys.contests.judges(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/contests/{contestId}/judges', { params: { path: { contestId: id } }, signal })),
  })
}

export function useJudgeCandidates(id: number, q: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.contests.candidates(id, q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/contests/{contestId}/judges/candidates', { params: { path: { contestId: id }, query: { q: q || undefined } }, signal })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })
}

export function useSetContestJudges(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (userIds: number[]) =>
      unwrap(api.PUT('/api/contests/{contestId}/judges', { params: { path: { contestId: id } }, body: { userIds } })),
    onSuccess: (judges) => {
      qc.setQueryData(queryKeys.contests.judges(id), judges)
      void qc.invalidateQueries({ queryKey: queryKeys.contests.ranking(id) })
    },
  })
}

export function useAssignJudges(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/contests/{id}/assignments', { params: { path: { id } } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.contests.judges(id) })
      void qc.invalidateQueries({ queryKey: queryKeys.contests.ranking(id) })
    },
  })
}

export function useContestRanking(id: number) {
  return useQuery({
    queryKey: queryKeys.contests.ranking(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/contests/{id}/ranking', { params: { path: { id } }, signal })),
  })
}

// ── Entries (with names: the managers and the entry's school) ──────────────

export function useContestEntries(id: number, filter: Omit<ContestEntryQuery, 'size'>) {
  const query = { ...filter, size: ENTRY_PAGE_SIZE }
  return useQuery({
    queryKey: queryKeys.contests.entries(id, query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/contests/{contestId}/entries', { params: { path: { contestId: id }, query }, signal })),
    placeholderData: keepPreviousData,
  })
}

/** An entry changed: its lists, the contest's counts, the ranking and the campaign's list of contests. */
function useEntriesChanged(id: number) {
  const qc = useQueryClient()
  return () => {
    // The contest's key is the prefix of its entries, judges, ranking and judging.
    void qc.invalidateQueries({ queryKey: queryKeys.contests.detail(id) })
    void qc.invalidateQueries({ queryKey: queryKeys.contests.allOfCampaigns })
  }
}

/** `key` is made once per form, so a double click or a retry after a lost answer submits once. */
export function useSubmitContestEntry(id: number) {
  const changed = useEntriesChanged(id)
  return useMutation({
    mutationFn: ({ body, key }: { body: ContestEntryInput; key: string }) =>
      unwrap(api.POST('/api/contests/{contestId}/entries', { params: { path: { contestId: id }, header: { 'Idempotency-Key': key } }, body })),
    onSuccess: changed,
  })
}

export function useRecordConsent(contestId: number) {
  const changed = useEntriesChanged(contestId)
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: number; body: ConsentInput }) =>
      unwrap(api.POST('/api/contest-entries/{id}/consent', { params: { path: { id: entryId } }, body })),
    onSuccess: changed,
  })
}

export function useWithdrawEntry(contestId: number) {
  const changed = useEntriesChanged(contestId)
  return useMutation({
    mutationFn: (entryId: number) => unwrap(api.POST('/api/contest-entries/{id}/withdraw', { params: { path: { id: entryId } } })),
    onSuccess: changed,
  })
}

// ── Judging (blind: the work only) ──────────────────────────────────────────

export function useMyJudging(id: number) {
  return useQuery({
    queryKey: queryKeys.contests.judging(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/contests/{contestId}/judging', { params: { path: { contestId: id } }, signal })),
  })
}

export function useScoreEntry(contestId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ entryId, scores }: { entryId: number; scores: ScoreInput[] }) =>
      unwrap(api.PUT('/api/contest-entries/{id}/scores', { params: { path: { id: entryId } }, body: { scores } })),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.contests.judging(contestId), (page: ReturnType<typeof useMyJudging>['data']) =>
        page && { ...page, items: page.items.map((e) => (e.id === entry.id ? entry : e)) },
      )
      void qc.invalidateQueries({ queryKey: queryKeys.contests.ranking(contestId) })
    },
  })
}
