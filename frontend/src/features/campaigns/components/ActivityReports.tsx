import { CheckOutlined, DeleteOutlined, FileAddOutlined, LinkOutlined, PauseCircleOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState } from '@/components/States'
import { isApiError } from '@/lib/api/problem'
import type { ActivityReport, ActivityType, Campaign } from '@/lib/api/types'
import { formatDate, formatNumber } from '@/lib/format'
import { ACTIVITY_TYPES } from '@/lib/status'
import { PAGE_SIZE, useAcceptReport, useActivityReports, useDeleteReport } from '../api/campaigns'
import { ActivityReportFormModal } from './ActivityReportFormModal'
import { ReportPhoto } from './ReportPhoto'

function participants(r: ActivityReport): number {
  return (r.officers ?? 0) + (r.pupils ?? 0) + (r.students ?? 0) + (r.teachers ?? 0) + (r.parents ?? 0) + (r.others ?? 0)
}

/** The units' activity reports, filtered by type; "Báo cáo hoạt động" for those who may report. */
export function ActivityReports({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [type, setType] = useState<ActivityType | undefined>()
  const [page, setPage] = useState(1)
  const reports = useActivityReports(campaign.id, { type, page })
  const remove = useDeleteReport(campaign.id)
  const accept = useAcceptReport(campaign.id)
  const [formOpen, setFormOpen] = useState(false)
  const canReport = campaign.canReport || campaign.canManage

  const columns: TableProps<ActivityReport>['columns'] = [
    { title: t('activityReport.date'), dataIndex: 'date', width: 110, render: (_, r) => formatDate(r.date) },
    {
      title: t('activityReport.unit'),
      key: 'unit',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{r.organization.name}</Typography.Text>
          <Tag style={{ alignSelf: 'flex-start' }}>{t(`enums.activityType.${r.type}`)}</Tag>
          {r.place && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.place}</Typography.Text>}
          {r.heldReason && (
            <Flex vertical gap={2} data-testid="report-held">
              <Tag color="warning" icon={<PauseCircleOutlined />} style={{ alignSelf: 'flex-start' }}>
                {t('activityReport.held')}
              </Tag>
              <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="report-held-reason">
                {t('activityReport.heldReason', { reason: r.heldReason })}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      title: t('activityReport.participants'),
      key: 'participants',
      width: 150,
      responsive: ['sm'],
      render: (_, r) => (
        <Flex vertical gap={0} style={{ fontSize: 12 }}>
          <Typography.Text strong>{formatNumber(participants(r), i18n.language)}</Typography.Text>
          {(r.views ?? 0) + (r.shares ?? 0) > 0 && (
            <Typography.Text type="secondary">
              {t('activityReport.reach', { views: formatNumber(r.views ?? 0, i18n.language), shares: formatNumber(r.shares ?? 0, i18n.language) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('activityReport.evidence'),
      key: 'evidence',
      responsive: ['md'],
      render: (_, r) => (
        <Flex vertical gap={6}>
          {r.links?.map((l) => (
            <Typography.Link key={l} href={l} target="_blank" rel="noopener noreferrer" ellipsis style={{ maxWidth: 260 }}>
              <LinkOutlined /> {l}
            </Typography.Link>
          ))}
          {r.photos && r.photos.length > 0 && (
            <Flex gap={4} wrap>
              {r.photos.map((p) => (
                <ReportPhoto key={p.id} reportId={r.id} photoId={p.id} />
              ))}
            </Flex>
          )}
          {r.note && <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-line' }}>{r.note}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.heldReason && campaign.canManage && (
            <Popconfirm
              title={t('activityReport.acceptConfirm', { name: r.organization.name })}
              description={t('activityReport.acceptHint')}
              okText={t('activityReport.accept')}
              cancelText={t('common.cancel')}
              onConfirm={async () => {
                try {
                  await accept.mutateAsync(r.id)
                  void message.success(t('activityReport.accepted'))
                } catch (e) {
                  void message.error(isApiError(e) ? e.problem.title : t('errors.unexpected'))
                }
              }}
            >
              <Button size="small" icon={<CheckOutlined />} loading={accept.isPending && accept.variables === r.id}>
                {t('activityReport.accept')}
              </Button>
            </Popconfirm>
          )}
          {r.canDelete && (
            <Popconfirm
              title={t('activityReport.deleteConfirm')}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync(r.id)
                  void message.success(t('activityReport.deleted'))
                } catch (e) {
                  void message.error(isApiError(e) ? e.problem.title : t('errors.unexpected'))
                }
              }}
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8} wrap>
        <Select<ActivityType>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('activityReport.allTypes')}
          aria-label={t('activityReport.typeFilter')}
          value={type}
          onChange={(v) => {
            setType(v)
            setPage(1)
          }}
          options={ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`enums.activityType.${a}`) }))}
          style={{ minWidth: 240 }}
        />
        {canReport && (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setFormOpen(true)}>
            {t('activityReport.create')}
          </Button>
        )}
      </Flex>
      {reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Table<ActivityReport>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={reports.data?.items}
          loading={reports.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: reports.isPending ? ' ' : <EmptyState description={type ? t('activityReport.noMatch') : t('activityReport.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: reports.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: setPage,
          }}
        />
      )}
      <ActivityReportFormModal
        key={formOpen ? 'open' : 'closed'}
        campaign={campaign}
        open={formOpen}
        onClose={() => setFormOpen(false)}
        onSaved={() => {
          void message.success(t('activityReport.saved'))
          setFormOpen(false)
        }}
      />
    </Flex>
  )
}
