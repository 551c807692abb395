import { Descriptions, Flex, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Contest, ContestCriterion } from '@/lib/api/types'
import { formatDateTime, formatNumber } from '@/lib/format'
import { contestLink } from '../contest'
import { CategoryTags } from './ContestPhaseTag'

function CopyLink({ href }: { href: string }) {
  const { t } = useTranslation()
  return (
    <Typography.Text copyable={{ text: href, tooltips: [t('campaign.copy'), t('campaign.copied')] }} style={{ wordBreak: 'break-all' }}>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {href}
      </a>
    </Typography.Text>
  )
}

/** The contest as everyone in the campaign reads it: window, categories, how entries are scored, public links. */
export function ContestOverview({ contest, schoolCode }: { contest: Contest; schoolCode?: string }) {
  const { t, i18n } = useTranslation()
  const n = (v: number) => formatNumber(v, i18n.language)
  return (
    <Flex vertical gap={16}>
      {contest.description && <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{contest.description}</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        bordered
        items={[
          { key: 'categories', label: t('contest.categories'), children: <Flex gap={4} wrap><CategoryTags categories={contest.categories} /></Flex> },
          { key: 'opensAt', label: t('contest.opensAt'), children: formatDateTime(contest.opensAt) },
          { key: 'closesAt', label: t('contest.closesAt'), children: formatDateTime(contest.closesAt) },
          { key: 'judgesPerEntry', label: t('contest.judgesPerEntry'), children: n(contest.judgesPerEntry) },
          { key: 'entries', label: t('contest.entries'), children: t('contest.entryCount', { count: contest.entries, n: n(contest.entries) }) },
          { key: 'eligible', label: t('contest.eligible'), children: n(contest.eligibleEntries) },
          { key: 'link', label: t('contest.publicPage'), span: 'filled', children: <CopyLink href={contestLink(contest.publicId)} /> },
          ...(schoolCode
            ? [{ key: 'schoolLink', label: t('contest.schoolLink'), span: 'filled' as const, children: <CopyLink href={contestLink(contest.publicId, schoolCode)} /> }]
            : []),
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('contest.criteria')}</Typography.Title>
        <Table<ContestCriterion>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={contest.criteria}
          columns={[
            { title: t('contest.criterion'), dataIndex: 'name' },
            { title: t('contest.weight'), dataIndex: 'weight', width: 110, align: 'right', render: (v: number) => n(v) },
            { title: t('contest.maxScore'), dataIndex: 'maxScore', width: 110, align: 'right', render: (v: number) => n(v) },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('contest.scoringHint')}
        </Typography.Text>
      </div>
    </Flex>
  )
}
