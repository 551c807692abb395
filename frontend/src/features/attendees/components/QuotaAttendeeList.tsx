import { ExclamationCircleOutlined, LockOutlined } from '@ant-design/icons'
import { Card, Flex, Grid, Pagination, Table, Tag, Tooltip, Typography, type TableProps } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { AttendeeStatusTag } from '@/components/StatusTag'
import type { Attendee } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import { QUOTA_PAGE_SIZE, useQuotaAttendees } from '../api/attendees'
import { attendeeDetails } from '../utils'
import { AttendeeActions } from './AttendeeActions'

export function DuplicateTag({ attendee }: { attendee: Pick<Attendee, 'duplicateOfId' | 'duplicates'> }) {
  const { t } = useTranslation()
  const pairs = attendee.duplicates ?? []
  const open = pairs.filter((d) => !d.keptBoth).map((d) => d.attendeeId)
  const kept = pairs.filter((d) => d.keptBoth).map((d) => d.attendeeId)
  // Older rows without the pairs still carry the first one.
  if (open.length === 0 && attendee.duplicateOfId != null && pairs.length === 0) open.push(attendee.duplicateOfId)
  return (
    <>
      {open.length > 0 && (
        <Tooltip title={t('attendee.duplicateHint', { id: open.join(', ') })}>
          <Tag color="warning" icon={<ExclamationCircleOutlined />} data-testid="duplicate-tag">
            {`${t('attendee.duplicate')} ${t('attendee.duplicateWith', { ids: open.map((id) => `#${id}`).join(', ') })}`}
          </Tag>
        </Tooltip>
      )}
      {kept.length > 0 && (
        <Tooltip title={t('attendee.keptBothHint', { ids: kept.map((id) => `#${id}`).join(', ') })}>
          <Tag data-testid="duplicate-kept-tag" style={{ color: '#595959' }}>
            {t('attendee.keptBoth')}
          </Tag>
        </Tooltip>
      )}
    </>
  )
}

export function MaskedText({ value, masked }: { value: string | null | undefined; masked: boolean }) {
  const { t } = useTranslation()
  if (!value) return masked ? <Typography.Text type="secondary">{t('attendee.masked')}</Typography.Text> : null
  return (
    <Typography.Text type={masked ? 'secondary' : undefined}>
      {masked && <LockOutlined style={{ marginInlineEnd: 4 }} aria-label={t('attendee.masked')} />}
      {value}
    </Typography.Text>
  )
}

function NameCell({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={2}>
      <Typography.Text strong data-testid="attendee-name">
        {attendee.fullName}
      </Typography.Text>
      <Flex gap={4} wrap>
        <DuplicateTag attendee={attendee} />
        {attendee.difficultCircumstances && <Tag color="purple">{t('attendee.difficultShort')}</Tag>}
        {attendee.replacesId != null && <Tag>{t('attendee.replacement')}</Tag>}
      </Flex>
    </Flex>
  )
}

function StatusCell({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={2} align="flex-start">
      <AttendeeStatusTag status={attendee.status} />
      {attendee.checkedInAt && (
        <Typography.Text type="success" style={{ fontSize: 12 }}>
          {t('attendee.checkedInAt', { time: formatTime(attendee.checkedInAt) })}
        </Typography.Text>
      )}
    </Flex>
  )
}

/** One quota's delegates with their status and what can still be done to each. */
export function QuotaAttendeeList({ quotaId, page, onPage, editable, onReplace }: {
  quotaId: number
  page: number
  onPage: (page: number) => void
  editable: boolean
  onReplace: (a: Attendee) => void
}) {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()
  const list = useQuotaAttendees(quotaId, page)

  if (list.isPending) return <LoadingState />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.items
  if (items.length === 0) return <EmptyState description={t('attendee.emptyForQuota')} />

  if (!screens.md) {
    return (
      <Flex vertical gap={8} role="list" data-testid="quota-attendees">
        {items.map((a) => (
          <Card key={a.id} size="small" role="listitem" data-testid="attendee-row">
            <Flex vertical gap={6}>
              <Flex justify="space-between" gap={8} align="flex-start">
                <NameCell attendee={a} />
                <StatusCell attendee={a} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {attendeeDetails(t, a)}
              </Typography.Text>
              {(a.phone || a.personalDataMasked) && <MaskedText value={a.phone} masked={a.personalDataMasked} />}
              <AttendeeActions attendee={a} onReplace={editable ? onReplace : undefined} />
            </Flex>
          </Card>
        ))}
        {list.data.total > QUOTA_PAGE_SIZE && (
          <Pagination current={page} pageSize={QUOTA_PAGE_SIZE} total={list.data.total} onChange={onPage} size="small" />
        )}
      </Flex>
    )
  }

  const columns: TableProps<Attendee>['columns'] = [
    { title: t('attendee.fullName'), key: 'name', render: (_, a) => <NameCell attendee={a} /> },
    { title: t('attendee.details'), key: 'details', render: (_, a) => attendeeDetails(t, a) },
    {
      title: t('attendee.phone'),
      key: 'phone',
      width: 140,
      render: (_, a) => <MaskedText value={a.phone} masked={a.personalDataMasked} />,
    },
    { title: t('attendee.status'), key: 'status', width: 150, render: (_, a) => <StatusCell attendee={a} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 300,
      render: (_, a) => <AttendeeActions attendee={a} onReplace={editable ? onReplace : undefined} />,
    },
  ]
  return (
    <Table<Attendee>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={list.isFetching && list.isPlaceholderData}
      data-testid="quota-attendees"
      onRow={() => ({ 'data-testid': 'attendee-row' }) as HTMLAttributes<HTMLElement>}
      pagination={
        list.data.total > QUOTA_PAGE_SIZE
          ? { current: page, pageSize: QUOTA_PAGE_SIZE, total: list.data.total, onChange: onPage, showSizeChanger: false }
          : false
      }
      scroll={{ x: 800 }}
    />
  )
}
