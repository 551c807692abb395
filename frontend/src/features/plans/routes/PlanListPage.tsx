import { FileTextOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Grid, Input, Select, Tag, Typography, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { EmptyState, ErrorState } from '@/components/States'
import { PageTitle } from '@/components/PageTitle'
import { PlanStatusTag } from '@/components/StatusTag'
import type { PlanStatus, PlanSummary } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { canCreatePlans } from '@/lib/auth/roles'
import { formatDate } from '@/lib/format'
import { PLAN_STATUSES } from '@/lib/status'
import { usePlans } from '../api/plans'
import { useUrlParams } from '@/lib/useUrlParams'

const PAGE_SIZE = 20

function parseStatus(v: string | null): PlanStatus | undefined {
  return PLAN_STATUSES.find((s) => s === v)
}

export function PlanListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const compact = !Grid.useBreakpoint().sm
  const [params, update] = useUrlParams()
  const q = params.get('q') ?? ''
  const status = parseStatus(params.get('status'))
  const page = Math.max(1, Number(params.get('page')) || 1)
  const plans = usePlans({ q: q || undefined, status, page, size: PAGE_SIZE, sort: '-updatedAt' })


  const columns: TableProps<PlanSummary>['columns'] = [
    {
      title: t('plan.reference'),
      dataIndex: 'reference',
      width: 150,
      responsive: ['sm'],
      render: (_, p) => <Link to={`/plans/${p.id}`}>{p.reference}</Link>,
    },
    {
      title: t('plan.title'),
      dataIndex: 'title',
      render: (_, p) => (
        <Flex vertical gap={2}>
          <Link to={`/plans/${p.id}`}>
            <Typography.Text strong>{p.title}</Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.issuingOrganization.name}
          </Typography.Text>
          {compact && (
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{p.reference}</Typography.Text>
              <PlanStatusTag status={p.status} />
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      title: t('plan.status'),
      dataIndex: 'status',
      width: 140,
      responsive: ['sm'],
      render: (_, p) => <PlanStatusTag status={p.status} />,
    },
    {
      title: t('plan.issueDate'),
      dataIndex: 'issueDate',
      width: 120,
      responsive: ['md'],
      render: (_, p) => formatDate(p.issueDate),
    },
    {
      title: t('plan.standingOrganization'),
      dataIndex: 'standingOrganization',
      responsive: ['lg'],
      render: (_, p) => p.standingOrganization?.name,
    },
    {
      title: t('plan.tasks'),
      dataIndex: 'taskCount',
      width: 130,
      align: 'right',
      responsive: ['sm'],
      render: (_, p) => (
        <Flex gap={4} justify="flex-end" wrap>
          <span>{p.taskCount}</span>
          {p.myTaskCount > 0 && <Tag color="gold">{t('plan.myTaskCount', { count: p.myTaskCount })}</Tag>}
        </Flex>
      ),
    },
  ]

  return (
    <>
      <PageTitle
        title={t('plan.listTitle')}
        extra={
          canCreatePlans(me) && (
            <>
              <Link to="/plans/import">
                <Button icon={<FileTextOutlined />}>{t('planImport.entry')}</Button>
              </Link>
              <Link to="/plans/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('plan.create')}
                </Button>
              </Link>
            </>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={t('plan.searchPlaceholder')}
            aria-label={t('plan.search')}
            onSearch={(v) => update({ q: v.trim() || undefined, page: undefined })}
            style={{ flex: '1 1 280px', maxWidth: 480 }}
          />
          <Select<PlanStatus>
            allowClear
            placeholder={t('plan.allStatuses')}
            aria-label={t('plan.statusFilter')}
            value={status}
            onChange={(v) => update({ status: v, page: undefined })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`enums.planStatus.${s}`) }))}
            style={{ flex: '0 1 220px', minWidth: 180 }}
          />
        </Flex>
        {plans.isError ? (
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <ResponsiveTable<PlanSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={plans.data?.items}
            loading={plans.isFetching}
            locale={{
              emptyText: plans.isPending ? ' ' : (
                <EmptyState description={q || status ? t('plan.noMatch') : t('plan.empty')} />
              ),
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: plans.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p) => update({ page: p > 1 ? String(p) : undefined }),
            }}
          />
        )}
      </Card>
    </>
  )
}
