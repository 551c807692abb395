import { PlusOutlined, TrophyOutlined } from '@ant-design/icons'
import { App, Button, Flex, Table, Tag, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { EmptyState, ErrorState } from '@/components/States'
import type { Contest } from '@/lib/api/types'
import { formatNumber, formatPeriod } from '@/lib/format'
import { useContests } from '../api/contests'
import { contestLink } from '../contest'
import { ContestFormModal } from './ContestFormModal'
import { CategoryTags, ContestPhaseTag } from './ContestPhaseTag'

/** The campaign's contests, for everyone who sees the campaign; its managers open new ones. */
export function CampaignContests({ campaignId, canManage }: { campaignId: number; canManage: boolean }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const contests = useContests(campaignId)
  const [creating, setCreating] = useState(false)
  const n = (v: number) => formatNumber(v, i18n.language)

  const columns: TableProps<Contest>['columns'] = [
    {
      title: t('contest.title'),
      key: 'title',
      render: (_, c) => (
        <Flex vertical gap={4} align="flex-start">
          <Link to={`/contests/${c.id}`} style={{ fontWeight: 600 }}>
            {c.title}
          </Link>
          <Flex gap={4} wrap>
            <CategoryTags categories={c.categories} />
          </Flex>
          {c.isJudge && (
            <Flex gap={8} align="center" wrap>
              <Tag color="gold" icon={<TrophyOutlined />}>
                {t('contest.youJudge')}
              </Tag>
              <Link to={`/contests/${c.id}?tab=judging`}>{t('contest.goJudge')}</Link>
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      title: t('contest.window'),
      key: 'window',
      width: 200,
      render: (_, c) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text style={{ fontSize: 12 }}>{formatPeriod(c.opensAt, c.closesAt)}</Typography.Text>
          <ContestPhaseTag contest={{ ...c, published: !!c.publishedAt }} />
        </Flex>
      ),
    },
    {
      title: t('contest.entries'),
      key: 'entries',
      width: 150,
      render: (_, c) => (
        <Flex vertical gap={0} style={{ fontSize: 12 }}>
          <Typography.Text strong>{t('contest.entryCount', { count: c.entries, n: n(c.entries) })}</Typography.Text>
          <Typography.Text type="secondary">{t('contest.eligibleCount', { count: c.eligibleEntries, n: n(c.eligibleEntries) })}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('contest.publicPage'),
      key: 'link',
      responsive: ['md'],
      render: (_, c) => (
        <Typography.Text
          copyable={{ text: contestLink(c.publicId), tooltips: [t('campaign.copy'), t('campaign.copied')] }}
          style={{ wordBreak: 'break-all', fontSize: 12 }}
        >
          <a href={contestLink(c.publicId)} target="_blank" rel="noopener noreferrer">
            {contestLink(c.publicId)}
          </a>
        </Typography.Text>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      {canManage && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('contest.create')}
          </Button>
        </Flex>
      )}
      {contests.isError ? (
        <ErrorState error={contests.error} onRetry={() => void contests.refetch()} />
      ) : (
        <Table<Contest>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={contests.data?.items}
          loading={contests.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: contests.isPending ? ' ' : <EmptyState description={t('contest.empty')} /> }}
        />
      )}
      <ContestFormModal
        key={creating ? 'open' : 'closed'}
        open={creating}
        campaignId={campaignId}
        contest={null}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false)
          void message.success(t('contestForm.created'))
          void navigate(`/contests/${c.id}`)
        }}
      />
    </Flex>
  )
}
