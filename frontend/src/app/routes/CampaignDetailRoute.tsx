import { CampaignDetailPage } from '@/features/campaigns/routes/CampaignDetailPage'
import { CampaignContests } from '@/features/contests/components/CampaignContests'

/**
 * The campaign page with the contests as one of its tabs. Campaigns and contests are features of
 * their own that don't import each other; the app composes them.
 */
export function CampaignDetailRoute() {
  return <CampaignDetailPage contests={(campaign) => <CampaignContests campaignId={campaign.id} canManage={campaign.canManage} />} />
}
