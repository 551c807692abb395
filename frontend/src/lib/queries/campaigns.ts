import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'

/** GET /api/campaigns/{id}: the campaign, and the name in a contest's breadcrumb. */
export function campaignQuery(id: number) {
  return queryOptions({
    queryKey: queryKeys.campaigns.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id } }, signal })),
  })
}

export function useCampaign(id: number) {
  return useQuery(campaignQuery(id))
}

export interface CampaignListQuery {
  planId?: number
  page: number
  size: number
}

/** GET /api/campaigns: the campaigns list, and a plan's campaigns (where a task's targets live). */
export function campaignsQuery(query: CampaignListQuery) {
  return queryOptions({
    queryKey: queryKeys.campaigns.list({ ...query }),
    queryFn: ({ signal }) => unwrap(api.GET('/api/campaigns', { params: { query }, signal })),
  })
}

/** The campaigns of a plan (first 100), e.g. to link a task measured by campaign targets to them. */
export function usePlanCampaigns(planId: number, enabled = true) {
  return useQuery({ ...campaignsQuery({ planId, page: 1, size: 100 }), enabled })
}
