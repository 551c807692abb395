import { EditOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, App, Breadcrumb, Button, Card, Popconfirm, Tabs, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import { errorText } from '@/components/useErrorText'
import type { Contest } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { hasRole } from '@/lib/auth/roles'
import { formatDateTime, formatPeriod } from '@/lib/format'
import { useCampaignName, useContest, usePublishContest } from '../api/contests'
import { isSchool } from '../contest'
import { ContestEntries } from '../components/ContestEntries'
import { ContestFormModal } from '../components/ContestFormModal'
import { ContestJudges } from '../components/ContestJudges'
import { ContestOverview } from '../components/ContestOverview'
import { ContestPhaseTag } from '../components/ContestPhaseTag'
import { ContestRanking } from '../components/ContestRanking'
import { JudgingPanel } from '../components/JudgingPanel'

/** /contests/:contestId — what the caller does in the contest: run it, enter pupils, or judge. */
export function ContestPage() {
  const { contestId } = useParams()
  const contest = useContest(Number(contestId))
  if (contest.isPending) return <LoadingState />
  if (contest.isError) return <ErrorState error={contest.error} onRetry={() => void contest.refetch()} />
  return <ContestDetail contest={contest.data} />
}

const TABS = ['overview', 'entries', 'judges', 'ranking', 'judging'] as const
type TabKey = (typeof TABS)[number]

function ContestDetail({ contest }: { contest: Contest }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const [editing, setEditing] = useState(false)
  const campaignName = useCampaignName(contest.campaignId)
  const publish = usePublishContest(contest.id)
  const [refusal, setRefusal] = useState<{ title: string; detail?: string } | null>(null)
  const manage = contest.canManage
  const published = !!contest.publishedAt
  // A school's officers enter their pupils and confirm consents; the server keeps them to their own entries.
  const school = !manage && hasRole(me, 'OFFICER', 'COORDINATOR') && isSchool(me.organization.type)

  const visible: Record<TabKey, boolean> = {
    overview: true,
    entries: manage || school,
    judges: manage,
    ranking: manage,
    judging: contest.isJudge,
  }
  const asked = TABS.find((k) => k === params.get('tab'))
  const tab: TabKey = asked && visible[asked] ? asked : 'overview'

  const panes: Record<TabKey, () => ReactNode> = {
    overview: () => <ContestOverview contest={contest} schoolCode={school ? me.organization.code : undefined} />,
    entries: () => <ContestEntries contest={contest} mode={manage ? 'manager' : 'school'} />,
    judges: () => <ContestJudges contest={contest} />,
    ranking: () => <ContestRanking contest={contest} />,
    judging: () => <JudgingPanel contest={contest} />,
  }

  const doPublish = async () => {
    setRefusal(null)
    try {
      await publish.mutateAsync(contest.version)
      void message.success(t('contest.published'))
    } catch (e) {
      setRefusal(errorText(t, e))
    }
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/campaigns">{t('nav.campaigns')}</Link> },
          { title: <Link to={`/campaigns/${contest.campaignId}?tab=contests`}>{campaignName.data ?? t('contest.campaign')}</Link> },
          { title: contest.title },
        ]}
      />
      <PageTitle
        title={contest.title}
        sub={
          <>
            <ContestPhaseTag contest={{ ...contest, published }} />
            <Typography.Text type="secondary">{formatPeriod(contest.opensAt, contest.closesAt)}</Typography.Text>
            {published && <Typography.Text type="secondary">{t('contest.publishedAt', { at: formatDateTime(contest.publishedAt) })}</Typography.Text>}
          </>
        }
        extra={
          manage &&
          !published && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('contest.edit')}
              </Button>
              <Popconfirm
                title={t('contest.publishConfirm')}
                description={t('contest.publishConfirmDetail')}
                okText={t('contest.publish')}
                cancelText={t('common.cancel')}
                onConfirm={() => doPublish()}
              >
                <Button type="primary" icon={<SendOutlined />} loading={publish.isPending}>
                  {t('contest.publish')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="publish-refused"
          title={t('contest.publishRefused')}
          description={refusal.detail ?? refusal.title}
          closable={{ onClose: () => setRefusal(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'overview' ? {} : { tab: k }, { replace: true })}
          destroyOnHidden
          items={TABS.filter((k) => visible[k]).map((k) => ({ key: k, label: t(`contest.tab.${k}`), children: panes[k]() }))}
        />
      </Card>
      {manage && (
        <ContestFormModal
          key={editing ? `edit-${contest.version}` : 'closed'}
          open={editing}
          campaignId={contest.campaignId}
          contest={contest}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            void message.success(t('contestForm.saved'))
          }}
        />
      )}
    </>
  )
}
