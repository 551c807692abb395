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
