import { BellOutlined, DownOutlined, ReloadOutlined, UpOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Progress, Segmented, Statistic, Table, Tag, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReminderDialog } from '@/components/ReminderDialog'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Campaign, Indicator, ReminderResult, UnitFigure, UnitStatus } from '@/lib/api/types'
import { formatDate, formatPercent } from '@/lib/format'
import { PAGE_SIZE, useIndicators, useTargetReminders, useTargetUnits, useWeekly } from '../api/campaigns'
import { WeeklyChart } from './WeeklyChart'

/** Each target's figure against its goal, week by week, with the units that lag behind. */
export function CampaignIndicators({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const indicators = useIndicators(campaign.id)
  if (indicators.isPending) return <LoadingState />
  if (indicators.isError) return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
  const items = indicators.data.items
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button icon={<ReloadOutlined />} onClick={() => void indicators.refetch()} loading={indicators.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <EmptyState description={t('indicator.empty')} />
      ) : (
        items.map((ind) => <IndicatorCard key={ind.targetId} indicator={ind} canRemind={campaign.canManage} />)
      )}
    </Flex>
  )
}

function IndicatorCard({ indicator: ind, canRemind }: { indicator: Indicator; canRemind: boolean }) {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const goal = ind.goalPercent
  const reached = ind.reached
  return (
    <Card size="small" data-testid={`indicator-${ind.targetId}`}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 300px' }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {ind.name}
            </Typography.Text>
            <Flex gap={4} wrap>
              <Tag>{t(`enums.campaignTargetKind.${ind.kind}`)}</Tag>
              <Tag color={reached ? 'green' : 'orange'}>
                {reached ? t('indicator.reached') : t('indicator.goal', { value: formatPercent(goal, i18n.language) })}
              </Tag>
            </Flex>
          </Flex>
          <Button type="link" icon={open ? <UpOutlined /> : <DownOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('indicator.hideDetail') : t('indicator.showDetail')}
          </Button>
        </Flex>
        <Progress
          percent={Math.min(100, Math.round(ind.value))}
          success={{ percent: 0 }}
          status={reached ? 'success' : 'active'}
          format={() => formatPercent(ind.value, i18n.language)}
          aria-label={t('indicator.valueLabel', { name: ind.name })}
          data-testid="indicator-value"
        />
        <Flex gap={24} wrap>
          <Statistic title={t('indicator.ratio')} value={`${ind.numerator}/${ind.denominator}`} />
          <Statistic title={t('indicator.unitsReached')} value={`${ind.unitsReached}/${ind.unitsInScope}`} />
          <Statistic
            title={t('indicator.unitsNotReported')}
            value={ind.unitsNotReported}
            styles={{ content: { color: ind.unitsNotReported > 0 ? '#cf1322' : undefined } }}
          />
        </Flex>
        {open && <IndicatorDetail indicator={ind} canRemind={canRemind} />}
      </Flex>
    </Card>
  )
}

const STATUSES: UnitStatus[] = ['NOT_REPORTED', 'NOT_REACHED', 'REACHED']

function IndicatorDetail({ indicator: ind, canRemind }: { indicator: Indicator; canRemind: boolean }) {
  const { t, i18n } = useTranslation()
  const weekly = useWeekly(ind.targetId)
  const [status, setStatus] = useState<UnitStatus>('NOT_REPORTED')
  const [page, setPage] = useState(1)
  const units = useTargetUnits(ind.targetId, status, page)
  const send = useTargetReminders(ind.targetId)
  const [dialog, setDialog] = useState(false)
  const [sent, setSent] = useState<ReminderResult | null>(null)
  const rows = units.data?.items ?? []
  const lagging = status === 'REACHED' ? [] : rows.map((r) => r.organization)

  const columns: TableProps<UnitFigure>['columns'] = [
    { title: t('campaignUnits.unit'), key: 'org', render: (_, r) => r.organization.name },
    {
      title: t('indicator.unitValue'),
      key: 'value',
      width: 160,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span>{formatPercent(r.value, i18n.language)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${r.numerator}/${r.denominator}`}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('indicator.reports'), dataIndex: 'reports', width: 100, align: 'right' },
    {
      title: t('indicator.lastReport'),
      key: 'last',
      width: 130,
      render: (_, r) => (r.lastReportOn ? formatDate(r.lastReportOn) : <Typography.Text type="warning">{t('indicator.never')}</Typography.Text>),
    },
  ]

  return (
    <Flex vertical gap={12} style={{ marginTop: 8 }}>
      <Typography.Text strong>{t('indicator.weekly')}</Typography.Text>
      {weekly.isPending ? (
        <LoadingState />
      ) : weekly.isError ? (
        <ErrorState error={weekly.error} onRetry={() => void weekly.refetch()} />
      ) : (
        <WeeklyChart weeks={weekly.data.weeks} goal={ind.goalPercent} />
      )}
      <Flex justify="space-between" gap={8} wrap align="center">
        <Segmented<UnitStatus>
          value={status}
          onChange={(s) => {
            setStatus(s)
            setPage(1)
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`enums.targetUnitStatus.${s}`) }))}
        />
        {canRemind && status !== 'REACHED' && (
          <Button danger icon={<BellOutlined />} disabled={lagging.length === 0} onClick={() => { setSent(null); setDialog(true) }}>
            {t('indicator.remind', { count: lagging.length })}
          </Button>
        )}
      </Flex>
      {sent && (
        <Alert
          type="success"
          showIcon
          role="status"
          closable={{ onClose: () => setSent(null) }}
          title={t('progress.remindSent', { count: sent.organizations, people: sent.notified })}
          data-testid="remind-result"
        />
      )}
      {units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<UnitFigure>
          rowKey={(r) => r.organization.id}
          size="small"
          columns={columns}
          dataSource={rows}
          loading={units.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: units.isPending ? ' ' : <EmptyState description={t(`indicator.noUnits.${status}`)} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: units.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
      )}
      <ReminderDialog
        orgs={lagging}
        open={dialog}
        onClose={() => setDialog(false)}
        onSent={(r) => {
          setDialog(false)
          setSent(r)
        }}
        send={send}
        idPrefix={`target-remind-${ind.targetId}`}
        maxLength={1000}
        texts={{
          title: t('indicator.remindTitle', { name: ind.name }),
          intro: t('indicator.remindIntro', { count: lagging.length }),
          placeholder: t('indicator.remindPlaceholder'),
        }}
      />
    </Flex>
  )
}
