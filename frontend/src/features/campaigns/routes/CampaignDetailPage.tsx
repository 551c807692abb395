import { EditOutlined } from '@ant-design/icons'
import { App, Breadcrumb, Button, Card, Flex, Tabs, Tag, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import type { Campaign } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { useCampaign } from '@/lib/queries/campaigns'
import { ActivityReports } from '../components/ActivityReports'
import { CampaignFormModal } from '../components/CampaignFormModal'
import { CampaignIndicators } from '../components/CampaignIndicators'
import { CampaignOverview } from '../components/CampaignOverview'
import { CampaignQuiz } from '../components/CampaignQuiz'
import { CampaignSummaryReport } from '../components/CampaignSummaryReport'
import { CampaignTargets } from '../components/CampaignTargets'
import { CampaignUnits } from '../components/CampaignUnits'
import { PledgeModeration } from '../components/PledgeModeration'
import { WallModerators } from '../components/WallModerators'

/** What another feature shows in a tab of the campaign page (the contests), given by the app's route. */
export type CampaignPane = (campaign: Campaign) => ReactNode

/**
 * A campaign and its tabs. The contests are a feature of their own: the app's route hands their pane
 * in (src/app/routes), so the two features don't import each other; without it the tab is not shown.
 */
export function CampaignDetailPage({ contests }: { contests?: CampaignPane }) {
  const { campaignId } = useParams()
  const campaign = useCampaign(Number(campaignId))
  if (campaign.isPending) return <LoadingState />
  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
  return <CampaignDetail campaign={campaign.data} contests={contests} />
}

const TABS = ['overview', 'indicators', 'reports', 'units', 'targets', 'moderation', 'quiz', 'contests'] as const
type TabKey = (typeof TABS)[number]

function CampaignDetail({ campaign, contests }: { campaign: Campaign; contests?: CampaignPane }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [params, setParams] = useSearchParams()
  const [editing, setEditing] = useState(false)
  const manage = campaign.canManage
  const report = campaign.canReport || manage

  // What the caller may not do is not shown at all.
  const visible: Record<TabKey, boolean> = {
    overview: true,
    // Everyone in the campaign sees the figures of the units they may see (their own, or all).
    indicators: true,
    reports: report,
    units: report,
    targets: manage,
    // The wall's moderators: the plan's managers and the organisations the campaign gives its wall to.
    moderation: campaign.canModerateWall,
    quiz: manage,
    // Everyone sees the contests; a judge finds theirs here.
    contests: contests !== undefined,
  }
  const asked = TABS.find((k) => k === params.get('tab'))
  const tab: TabKey = asked && visible[asked] ? asked : 'overview'

  const panes: Record<TabKey, () => ReactNode> = {
    overview: () => <CampaignOverview campaign={campaign} />,
    indicators: () => <CampaignIndicators campaign={campaign} />,
    reports: () => <ActivityReports campaign={campaign} />,
    units: () => <CampaignUnits campaign={campaign} />,
    targets: () => <CampaignTargets campaign={campaign} />,
    moderation: () => (
      <Flex vertical gap={12}>
        <WallModerators campaignId={campaign.id} canManage={manage} />
        <PledgeModeration campaignId={campaign.id} />
      </Flex>
    ),
    quiz: () => <CampaignQuiz campaign={campaign} />,
    contests: () => contests?.(campaign),
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/campaigns">{t('nav.campaigns')}</Link> },
          { title: campaign.planVisible ? <Link to={`/plans/${campaign.planId}`}>{campaign.planTitle}</Link> : campaign.planTitle },
          { title: campaign.name },
        ]}
      />
      <PageTitle
        title={campaign.name}
        sub={
          <>
            <Typography.Text type="secondary">{`${formatDate(campaign.startsOn)} – ${formatDate(campaign.endsOn)}`}</Typography.Text>
            {campaign.myUnit && <Tag color="blue">{t('campaign.myUnit', { name: campaign.myUnit.name })}</Tag>}
          </>
        }
        extra={
          <Flex gap={8} wrap>
            {/* whoever sees the campaign sees the indicators of its units, so the summary of them */}
            <CampaignSummaryReport campaign={campaign} />
            {manage && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('campaign.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'overview' ? {} : { tab: k }, { replace: true })}
          destroyOnHidden
          items={TABS.filter((k) => visible[k]).map((k) => ({ key: k, label: t(`campaign.tab.${k}`), children: panes[k]() }))}
        />
      </Card>
      <CampaignFormModal
        key={editing ? `edit-${campaign.version}` : 'closed'}
        open={editing}
        planId={campaign.planId}
        campaign={campaign}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false)
          void message.success(t('campaignForm.saved'))
        }}
      />
    </>
  )
}
