import { CheckCircleFilled, ClockCircleOutlined, LinkOutlined } from '@ant-design/icons'
import { Alert, Card, Flex, Progress, Segmented, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Contest } from '@/lib/api/types'
import { useMyJudging } from '../api/contests'
import { ScoreForm } from './ScoreForm'

type Filter = 'TODO' | 'ALL'

/** "Chấm thi": the entries assigned to the judge, without names or schools, each with its sheet. */
export function JudgingPanel({ contest }: { contest: Contest }) {
  const { t } = useTranslation()
  const judging = useMyJudging(contest.id)
  const [filter, setFilter] = useState<Filter>('ALL')
  const frozen = !!contest.publishedAt

  if (judging.isPending) return <LoadingState />
  if (judging.isError) return <ErrorState error={judging.error} onRetry={() => void judging.refetch()} />
  const items = judging.data.items
  if (items.length === 0) return <EmptyState description={t('judging.empty')} />
  const done = items.filter((e) => e.complete).length
  const shown = filter === 'TODO' ? items.filter((e) => !e.complete) : items

  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('judging.blind')} />
      {frozen && <Alert type="warning" showIcon title={t('judging.frozen')} />}
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex vertical style={{ flex: '1 1 260px' }}>
          <Typography.Text strong data-testid="judging-progress">
            {t('judging.progress', { done, total: items.length })}
          </Typography.Text>
          <Progress percent={Math.round((done / items.length) * 100)} showInfo={false} aria-hidden />
        </Flex>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'ALL', label: t('judging.all') },
            { value: 'TODO', label: t('judging.todo') },
          ]}
          aria-label={t('judging.filter')}
        />
      </Flex>
      {shown.length === 0 && <EmptyState description={t('judging.allDone')} />}
      {shown.map((e) => (
        <Card
          key={e.id}
          size="small"
          data-testid="judging-entry"
          data-entry-id={e.id}
          data-complete={String(e.complete)}
          title={
            <Flex gap={8} align="center" wrap style={{ whiteSpace: 'normal' }}>
              <Tag>{t(`enums.contestCategory.${e.category}`)}</Tag>
              {e.grade && <Typography.Text type="secondary">{t('contestEntry.gradeN', { grade: e.grade })}</Typography.Text>}
              <Typography.Text strong>{e.title}</Typography.Text>
            </Flex>
          }
          extra={
            e.complete ? (
              <Tag color="green" icon={<CheckCircleFilled />}>
                {t('judging.complete')}
              </Tag>
            ) : (
              <Tag color="orange" icon={<ClockCircleOutlined />}>
                {t('judging.incomplete')}
              </Tag>
            )
          }
        >
          <Flex vertical gap={8}>
            {e.workUrl && (
              <Typography.Link href={e.workUrl} target="_blank" rel="noopener noreferrer">
                <LinkOutlined /> {t('judging.openWork')}
              </Typography.Link>
            )}
            {e.workText && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} ellipsis={{ rows: 6, expandable: 'collapsible', symbol: (open) => (open ? t('judging.less') : t('judging.more')) }}>
                {e.workText}
              </Typography.Paragraph>
            )}
            <ScoreForm contestId={contest.id} entry={e} criteria={contest.criteria} disabled={frozen} />
          </Flex>
        </Card>
      ))}
    </Flex>
  )
}
