import { Card, Flex, Table, Tag, Typography, type TableProps } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Contest, RankedEntry } from '@/lib/api/types'
import { formatNumber } from '@/lib/format'
import { useContestRanking } from '../api/contests'

/**
 * The ranking per category for the managers: total on 100 (mean of the judges who scored every
 * criterion), each criterion's mean, judges who scored of those assigned, and why ties fall as they do.
 * Entries no judge has fully scored yet are listed last, unranked.
 */
export function ContestRanking({ contest }: { contest: Contest }) {
  const { t, i18n } = useTranslation()
  const ranking = useContestRanking(contest.id)
  const score = (v: number | undefined) => formatNumber(v, i18n.language, 2)

  if (ranking.isPending) return <LoadingState />
  if (ranking.isError) return <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
  if (ranking.data.items.length === 0) return <EmptyState description={t('ranking.empty')} />

  const columns: TableProps<RankedEntry>['columns'] = [
    {
      title: t('ranking.rank'),
      key: 'rank',
      width: 110,
      render: (_, r) =>
        r.rank !== undefined && r.rank !== null ? (
          <Typography.Text strong>{r.rank}</Typography.Text>
        ) : (
          <Tag data-testid="unranked">{t('ranking.unranked')}</Tag>
        ),
    },
    {
      title: t('ranking.entry'),
      key: 'entry',
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Typography.Text>{[r.initial, r.grade ? t('contestEntry.gradeN', { grade: r.grade }) : null].filter(Boolean).join(' · ')}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.school.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.reference}
          </Typography.Text>
          {r.rank != null && r.tieNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontStyle: 'italic', maxWidth: 360 }} data-testid="tie-note">
              {r.tieNote}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('ranking.total'), key: 'total', width: 100, align: 'right', render: (_, r) => <Typography.Text strong data-testid="ranking-total">{score(r.total)}</Typography.Text> },
    ...contest.criteria.map((k): NonNullable<TableProps<RankedEntry>['columns']>[number] => ({
      title: k.name,
      key: `criterion-${k.id}`,
      width: 110,
      align: 'right',
      render: (_, r) => score(r.criteria.find((c) => c.criterionId === k.id)?.mean),
    })),
    {
      title: t('ranking.judges'),
      key: 'judges',
      width: 100,
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.judgesScored < r.judgesAssigned || r.judgesAssigned === 0 ? 'warning' : undefined}>{`${r.judgesScored}/${r.judgesAssigned}`}</Typography.Text>
      ),
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('ranking.hint')}</Typography.Text>
      {contest.categories.map((category) => {
        const rows = ranking.data.items.filter((r) => r.category === category)
        return (
          <Card key={category} size="small" title={t(`enums.contestCategory.${category}`)} data-testid={`ranking-${category}`}>
            <Table<RankedEntry>
              rowKey="entryId"
              size="small"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={(r) => ({ 'data-testid': 'ranking-row', 'data-ranked': String(r.rank != null) }) as HTMLAttributes<HTMLElement>}
              rowClassName={(r) => (r.rank == null ? 'ranking-unranked' : '')}
              locale={{ emptyText: <EmptyState description={t('ranking.noEntries')} /> }}
            />
          </Card>
        )
      })}
    </Flex>
  )
}
