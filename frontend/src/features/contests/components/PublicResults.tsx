import { Card, Flex, Table, Typography, type TableProps } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '@/components/States'
import type { ContestCategory, PublicResult } from '@/lib/api/types'
import { formatDateTime, formatNumber } from '@/lib/format'

type Row = PublicResult & { key: number }

/** The published results per category: rank, the first-name initial, school, grade, total and why ties fall so. */
export function PublicResults({ categories, items, publishedAt }: {
  categories: readonly ContestCategory[]
  items: readonly PublicResult[]
  publishedAt?: string
}) {
  const { t, i18n } = useTranslation()
  // Two pupils may share rank, initial, school and total: rows are keyed by position.
  const rows: Row[] = items.map((r, i) => ({ ...r, key: i }))
  const columns: TableProps<Row>['columns'] = [
    { title: t('ranking.rank'), dataIndex: 'rank', width: 70, render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: t('publicContest.pupil'),
      key: 'pupil',
      render: (_, r) => (
        <Flex vertical gap={0}>
          <Typography.Text strong data-testid="result-initial">
            {r.initial}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[r.school, r.grade ? t('contestEntry.gradeN', { grade: r.grade }) : null].filter(Boolean).join(' · ')}
          </Typography.Text>
          {r.tieNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontStyle: 'italic' }} data-testid="result-tie-note">
              {r.tieNote}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('ranking.total'),
      dataIndex: 'total',
      width: 90,
      align: 'right',
      render: (v: number) => <span data-testid="result-total">{formatNumber(v, i18n.language, 2)}</span>,
    },
  ]
  const shown = categories.filter((c) => rows.some((r) => r.category === c))
  return (
    <Flex vertical gap={12} data-testid="contest-results">
      {publishedAt && <Typography.Text type="secondary">{t('publicContest.publishedAt', { at: formatDateTime(publishedAt) })}</Typography.Text>}
      {shown.length === 0 && <EmptyState description={t('publicContest.noResults')} />}
      {shown.map((category) => (
        <Card key={category} size="small" title={t(`enums.contestCategory.${category}`)} data-testid={`results-${category}`}>
          <Table<Row>
            size="small"
            columns={columns}
            dataSource={rows.filter((r) => r.category === category)}
            pagination={false}
            onRow={() => ({ 'data-testid': 'result-row' }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      ))}
    </Flex>
  )
}
