import { BellOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, Breadcrumb, Button, Card, Flex, Progress, Typography, type TableProps } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { OrganizationProgress, ReminderResult } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { formatDate, formatPercent } from '@/lib/format'
import { usePlan } from '@/lib/queries/plans'
import { usePlanProgress } from '../api/progress'
import { RemindDialog } from '../components/RemindDialog'
import { StatusCell } from '../components/StatusCell'
import { COUNT_FIELD, laggingIds, MATRIX_ORDER } from '../utils'

export function PlanProgressPage() {
  const { t, i18n } = useTranslation()
  const { planId } = useParams()
  const id = Number(planId)
  const me = useMe()
  const plan = usePlan(id)
  const progress = usePlanProgress(id)
  const [selected, setSelected] = useState<number[] | null>(null)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [sent, setSent] = useState<ReminderResult | null>(null)

  // The server orders the rows: organisations with an overdue task first.
  const rows = progress.data?.organizations ?? []
  const lagging = laggingIds(rows)
  // Until the user picks, the lagging organisations are the ones to urge.
  const chosenIds = selected ?? lagging
  const chosen = rows.filter((r) => chosenIds.includes(r.organization.id)).map((r) => r.organization)
  const canRemind = plan.data?.permissions.canRemind ?? false

  if (progress.isPending) return <LoadingState />
  if (progress.isError) return <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
  const data = progress.data

  const columns: TableProps<OrganizationProgress>['columns'] = [
    {
      title: t('progress.organization'),
      dataIndex: ['organization', 'name'],
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong={r.organization.id === me.organization?.id}>{r.organization.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('progress.taskCount', { count: r.taskCount })}
          </Typography.Text>
        </Flex>
      ),
    },
    ...MATRIX_ORDER.map((status) => ({
      title: t(`enums.taskStatusShort.${status}`),
      key: status,
      align: 'center' as const,
      width: 96,
      render: (_: unknown, r: OrganizationProgress) => (
        <StatusCell
          status={status}
          value={r.counts[COUNT_FIELD[status]]}
          label={`${t(`enums.taskStatus.${status}`)}: ${r.counts[COUNT_FIELD[status]]}`}
        />
      ),
    })),
    {
      title: t('progress.percentReached'),
      dataIndex: 'percentReached',
      width: 150,
      render: (_, r) => (
        <Progress
          percent={Math.round(r.percentReached)}
          size="small"
          status={r.counts.overdue > 0 ? 'exception' : r.percentReached >= 100 ? 'success' : 'normal'}
          format={() => formatPercent(r.percentReached, i18n.language)}
          aria-label={t('progress.percentReachedOf', { name: r.organization.name })}
        />
      ),
    },
    {
      title: t('progress.lastReport'),
      dataIndex: 'lastReportDate',
      width: 130,
      render: (_, r) =>
        r.lastReportDate ? formatDate(r.lastReportDate) : <Typography.Text type="warning">{t('progress.noReport')}</Typography.Text>,
    },
  ]

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/plans">{t('nav.plans')}</Link> },
          { title: <Link to={`/plans/${id}`}>{plan.data?.reference ?? `#${id}`}</Link> },
          { title: t('progress.title') },
        ]}
      />
      <PageTitle
        title={t('progress.title')}
        sub={
          <Typography.Text type="secondary">
            {plan.data ? `${plan.data.reference} · ${plan.data.title}` : ''}
            {plan.data ? ' · ' : ''}
            {t('progress.asOf', { date: formatDate(data.asOf) })}
          </Typography.Text>
        }
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void progress.refetch()} loading={progress.isFetching}>
              {t('common.refresh')}
            </Button>
            {canRemind && (
              <Button
                type="primary"
                danger
                icon={<BellOutlined />}
                disabled={chosen.length === 0}
                onClick={() => {
                  setSent(null)
                  setDialogOpen(true)
                }}
              >
                {t('progress.remind', { count: chosen.length })}
              </Button>
            )}
          </>
        }
      />
      {sent !== null && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setSent(null) }}
          title={t('progress.remindSent', { count: sent.organizations, people: sent.notified })}
          style={{ marginBottom: 16 }}
          role="status"
          data-testid="remind-result"
        />
      )}
      <Card style={{ marginBottom: 16 }} size="small">
        <Flex gap={16} wrap align="center">
          <Typography.Text strong>{t('progress.totals')}</Typography.Text>
          <Typography.Text data-testid="total-percent">
            {t('progress.totalPercent', { percent: formatPercent(data.percentReached, i18n.language) })}
          </Typography.Text>
          {MATRIX_ORDER.map((s) => (
            <Flex key={s} gap={6} align="center" data-testid={`total-${s}`}>
              <StatusCell status={s} value={data.totals[COUNT_FIELD[s]]} label={t(`enums.taskStatus.${s}`)} />
              <span>{t(`enums.taskStatus.${s}`)}</span>
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card>
        <ResponsiveTable<OrganizationProgress>
          rowKey={(r) => r.organization.id}
          rowLabel={(r) => r.organization.name}
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({ 'data-testid': `progress-row-${r.organization.code}` }) as HTMLAttributes<HTMLElement>}
          rowSelection={
            canRemind
              ? {
                  selectedRowKeys: chosenIds,
                  onChange: (keys) => setSelected(keys.map(Number)),
                  columnTitle: undefined,
                }
              : undefined
          }
          locale={{ emptyText: <EmptyState description={t('progress.empty')} /> }}
        />
        {canRemind && rows.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('progress.selectionHint')}
          </Typography.Paragraph>
        )}
      </Card>
      <RemindDialog
        planId={id}
        orgs={chosen}
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onSent={(result) => {
          setDialogOpen(false)
          setSent(result)
          setSelected(null)
        }}
      />
    </>
  )
}
