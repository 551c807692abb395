import { FileAddOutlined, LinkOutlined, SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons'
import { App, Button, Flex, Popconfirm, Select, Table, Tag, Typography, type TableProps } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Contest, ContestCategory, ContestEntry, ContestEntryStatus } from '@/lib/api/types'
import { formatDateTime } from '@/lib/format'
import { CONTEST_ENTRY_STATUS_COLOR, CONTEST_ENTRY_STATUSES } from '@/lib/status'
import { ENTRY_PAGE_SIZE, useContestEntries, useWithdrawEntry } from '../api/contests'
import { ConsentModal } from './ConsentModal'
import { EntryFormModal } from './EntryFormModal'

/**
 * Entries with the pupils' and guardians' names: every school's for the managers, its own for a
 * school, which also enters pupils and confirms the consent of those who entered through the public form.
 */
export function ContestEntries({ contest, mode }: { contest: Contest; mode: 'manager' | 'school' }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const [category, setCategory] = useState<ContestCategory | undefined>()
  const [status, setStatus] = useState<ContestEntryStatus | undefined>()
  const [page, setPage] = useState(1)
  const entries = useContestEntries(contest.id, { category, status, page })
  const withdraw = useWithdrawEntry(contest.id)
  const [consenting, setConsenting] = useState<ContestEntry | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const frozen = !!contest.publishedAt

  const columns: TableProps<ContestEntry>['columns'] = [
    {
      title: t('contestEntry.pupil'),
      key: 'pupil',
      render: (_, e) => (
        <Flex vertical gap={2} style={{ maxWidth: 220 }}>
          <Typography.Text strong>{e.blinded ? t('contestEntry.blinded') : e.pupilName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[e.grade ? t('contestEntry.gradeN', { grade: e.grade }) : null, mode === 'manager' ? e.school?.name : null].filter(Boolean).join(' · ')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: e.reference, tooltips: [t('campaign.copy'), t('campaign.copied')] }}>
            {e.reference}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('contestEntry.work'),
      key: 'work',
      render: (_, e) => (
        <Flex vertical gap={2} style={{ maxWidth: 240 }}>
          <Tag style={{ alignSelf: 'flex-start' }}>{t(`enums.contestCategory.${e.category}`)}</Tag>
          <Typography.Text>{e.title}</Typography.Text>
          {e.workUrl && (
            <Typography.Link href={e.workUrl} target="_blank" rel="noopener noreferrer" ellipsis style={{ fontSize: 12 }}>
              <LinkOutlined /> {t('contestEntry.openWork')}
            </Typography.Link>
          )}
        </Flex>
      ),
    },
    {
      title: t('contestEntry.guardian'),
      key: 'guardian',
      responsive: ['md'],
      render: (_, e) => (
        <Flex vertical gap={2} style={{ fontSize: 12, maxWidth: 200 }}>
          <Typography.Text>{e.guardianName ?? t('common.none')}</Typography.Text>
          {e.guardianPhone && <Typography.Text type="secondary">{e.guardianPhone}</Typography.Text>}
          {e.consentMethod && e.consentRecordedAt && (
            <Typography.Text type="secondary">
              {t('contestEntry.consentBy', { method: t(`enums.consentMethod.${e.consentMethod}`), at: formatDateTime(e.consentRecordedAt) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('contestEntry.status'),
      key: 'status',
      width: 170,
      render: (_, e) => (
        <Flex vertical gap={6} align="flex-start">
          <Tag color={CONTEST_ENTRY_STATUS_COLOR[e.status]} data-testid="entry-status">
            {t(`enums.contestEntryStatus.${e.status}`)}
          </Tag>
          {e.source === 'PUBLIC' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('contestEntry.fromPublic')}</Typography.Text>}
          {!frozen && e.status === 'AWAITING_CONSENT' && (
            <Button
              size="small"
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => setConsenting(e)}
              aria-label={t('contestEntry.recordConsentFor', { name: e.pupilName ?? e.reference })}
            >
              {t('contestEntry.recordConsentShort')}
            </Button>
          )}
          {!frozen && e.status !== 'WITHDRAWN' && (
            <Popconfirm
              title={t('contestEntry.withdrawConfirm', { name: e.pupilName ?? e.reference })}
              description={t('contestEntry.withdrawDetail')}
              okText={t('contestEntry.withdraw')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={async () => {
                try {
                  await withdraw.mutateAsync(e.id)
                  void message.success(t('contestEntry.withdrawn', { name: e.pupilName ?? e.reference }))
                } catch (err) {
                  const { title, detail } = errorOf(err)
                  void message.error(detail ? `${title}: ${detail}` : title)
                }
              }}
            >
              <Button size="small" danger icon={<StopOutlined />} aria-label={t('contestEntry.withdrawFor', { name: e.pupilName ?? e.reference })}>
                {t('contestEntry.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8} wrap>
        <Flex gap={8} wrap>
          <Select<ContestCategory>
            allowClear
            placeholder={t('contestEntry.allCategories')}
            aria-label={t('contestEntry.categoryFilter')}
            value={category}
            onChange={(v) => {
              setCategory(v)
              setPage(1)
            }}
            options={contest.categories.map((c) => ({ value: c, label: t(`enums.contestCategory.${c}`) }))}
            style={{ minWidth: 200 }}
          />
          <Select<ContestEntryStatus>
            allowClear
            placeholder={t('contestEntry.allStatuses')}
            aria-label={t('contestEntry.statusFilter')}
            value={status}
            onChange={(v) => {
              setStatus(v)
              setPage(1)
            }}
            options={CONTEST_ENTRY_STATUSES.map((s) => ({ value: s, label: t(`enums.contestEntryStatus.${s}`) }))}
            style={{ minWidth: 200 }}
          />
        </Flex>
        {mode === 'school' && (
          <Flex vertical align="flex-end" gap={2}>
            <Button type="primary" icon={<FileAddOutlined />} disabled={!contest.open} onClick={() => setSubmitting(true)}>
              {t('contestEntry.submit')}
            </Button>
            {!contest.open && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('contestEntry.windowClosed')}</Typography.Text>}
          </Flex>
        )}
      </Flex>
      {entries.isError ? (
        <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<ContestEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={entries.data?.items}
          loading={entries.isFetching}
          scroll={{ x: 'max-content' }}
          onRow={(e) => ({ 'data-testid': 'contest-entry', 'data-status': e.status }) as HTMLAttributes<HTMLElement>}
          locale={{
            emptyText: entries.isPending ? ' ' : <EmptyState description={category || status ? t('contestEntry.noMatch') : t('contestEntry.empty')} />,
          }}
          pagination={{
            current: page,
            pageSize: ENTRY_PAGE_SIZE,
            total: entries.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
            showSizeChanger: false,
          }}
        />
      )}
      <ConsentModal
        key={consenting?.id ?? 'closed'}
        contestId={contest.id}
        entry={consenting}
        onClose={() => setConsenting(null)}
        onSaved={(e) => {
          setConsenting(null)
          void message.success(t('contestEntry.consentRecorded', { name: e.pupilName ?? e.reference }))
        }}
      />
      {mode === 'school' && (
        <EntryFormModal
          key={submitting ? 'open' : 'closed'}
          contest={contest}
          open={submitting}
          onClose={() => setSubmitting(false)}
          onSaved={(e) => {
            setSubmitting(false)
            void message.success(t('contestEntry.submitted', { reference: e.reference }))
          }}
        />
      )}
    </Flex>
  )
}
