import { FlagOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Breadcrumb, Button, Card, Flex, Tag, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState } from '@/components/States'
import type { Campaign } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { usePlan } from '@/lib/queries/plans'
import { PAGE_SIZE, useCampaigns } from '../api/campaigns'
import { CampaignFormModal } from '../components/CampaignFormModal'

/** /campaigns, or /campaigns?planId=… for one plan's (where its managers add one). */
export function CampaignListPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const planId = params.get('planId') ? Number(params.get('planId')) : undefined
  const page = Math.max(1, Number(params.get('page')) || 1)
  const campaigns = useCampaigns({ planId, page, size: PAGE_SIZE })
  const plan = usePlan(planId)
  const [creating, setCreating] = useState(false)
  // The plan's managers (its issuer while drafting, the standing agency once issued) run its campaigns.
  const canCreate = !!plan.data && (plan.data.permissions.canEdit || plan.data.permissions.canRemind)

  const columns: TableProps<Campaign>['columns'] = [
    {
      title: t('campaign.name'),
      dataIndex: 'name',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link to={`/campaigns/${c.id}`}>
            <Typography.Text strong>{c.name}</Typography.Text>
          </Link>
          {c.slogans?.[0] && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.slogans[0]}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('campaign.plan'),
      dataIndex: 'planTitle',
      responsive: ['md'],
      // a unit of the campaign that is no party to the plan may not open it: its title, not a link to "not found"
      render: (_, c) => (c.planVisible ? <Link to={`/plans/${c.planId}`}>{c.planTitle}</Link> : <Typography.Text>{c.planTitle}</Typography.Text>),
    },
    {
      title: t('campaign.period'),
      key: 'period',
      width: 200,
      responsive: ['sm'],
      render: (_, c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`,
    },
    {
      title: t('campaign.myRole'),
      key: 'role',
      width: 160,
      responsive: ['lg'],
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.canManage && <Tag color="red">{t('campaign.manager')}</Tag>}
          {c.myUnit && <Tag color="blue">{c.myUnit.name}</Tag>}
        </Flex>
      ),
    },
  ]

  return (
    <>
      {planId !== undefined && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[
            { title: <Link to="/plans">{t('nav.plans')}</Link> },
            { title: <Link to={`/plans/${planId}`}>{plan.data?.reference ?? `#${planId}`}</Link> },
            { title: t('campaign.listTitle') },
          ]}
        />
      )}
      <PageTitle
        title={t('campaign.listTitle')}
        sub={plan.data && <Typography.Text type="secondary">{plan.data.title}</Typography.Text>}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('campaign.create')}
            </Button>
          )
        }
      />
      <Card>
        {campaigns.isError ? (
          <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : (
          <ResponsiveTable<Campaign>
            rowKey="id"
            columns={columns}
            dataSource={campaigns.data?.items}
            loading={campaigns.isFetching}
            locale={{
              emptyText: campaigns.isPending ? ' ' : <EmptyState description={t('campaign.empty')} />,
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: campaigns.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p) => {
                const next = new URLSearchParams(params)
                if (p > 1) next.set('page', String(p))
                else next.delete('page')
                setParams(next, { replace: true })
              },
            }}
          />
        )}
        {planId === undefined && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            <FlagOutlined /> {t('campaign.createHint')}
          </Typography.Paragraph>
        )}
      </Card>
      {planId !== undefined && (
        <CampaignFormModal
          key={creating ? 'open' : 'closed'}
          open={creating}
          planId={planId}
          campaign={null}
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false)
            void message.success(t('campaignForm.created'))
            void navigate(`/campaigns/${c.id}`)
          }}
        />
      )}
    </>
  )
}
