import { ClockCircleOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { QuotaStatus } from '@/components/QuotaStatus'
import { EmptyState } from '@/components/States'
import type { Quota } from '@/lib/api/types'

/** An event's quotas: who invites whom, how many, by when, and how far the list is. */
export function EventQuotasTable({ quotas, loading, manage, myOrganizationId, onEdit, onExtend }: {
  quotas: Quota[]
  loading: boolean
  manage: boolean
  myOrganizationId: number | undefined
  onEdit: (quota: Quota) => void
  onExtend: (quota: Quota) => void
}) {
  const { t } = useTranslation()
  const columns: TableProps<Quota>['columns'] = [
    {
      title: t('quota.owner'),
      key: 'owner',
      render: (_, q) => (
        <Typography.Text strong={q.owner.id === myOrganizationId} style={{ minWidth: 140, display: 'inline-block' }}>
          {q.owner.name}
        </Typography.Text>
      ),
    },
    {
      title: t('quota.category'),
      key: 'category',
      render: (_, q) => (
        <Flex gap={4} wrap align="center" style={{ minWidth: 140 }}>
          <span>{q.category.name}</span>
          {q.category.minors && <Tag color="purple">{t('category.minors')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('quota.progress'),
      key: 'filled',
      width: 280,
      render: (_, q) => <QuotaStatus quota={q} />,
    },
    {
      title: t('quota.receiver'),
      key: 'receiver',
      responsive: ['lg'],
      render: (_, q) => q.receiver.name,
    },
  ]
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, q) => (
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined />} aria-label={t('quotaForm.editOf', { owner: q.owner.name, category: q.category.name })} onClick={() => onEdit(q)} />
          <Button
            size="small"
            icon={<ClockCircleOutlined />}
            aria-label={t('quotaForm.extendOf', { owner: q.owner.name, category: q.category.name })}
            title={t('quotaForm.extend')}
            onClick={() => onExtend(q)}
          />
        </Flex>
      ),
    })
  }
  return (
    <Table<Quota>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={quotas}
      loading={loading}
      pagination={false}
      scroll={{ x: 640 }}
      rowClassName={(q) => (q.owner.id === myOrganizationId ? 'row-mine' : '')}
      onRow={(q) => ({ 'data-testid': `quota-row-${q.id}` }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: loading ? ' ' : <EmptyState description={t('quota.empty')} /> }}
    />
  )
}
