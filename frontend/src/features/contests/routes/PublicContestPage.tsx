import { Alert, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { PublicError, PublicShell } from '@/components/PublicShell'
import { LoadingState } from '@/components/States'
import type { PublicContest } from '@/lib/api/types'
import { formatDateTime } from '@/lib/format'
import { usePublicContest, usePublicContestResults } from '../api/public'
import { contestPhase } from '../contest'
import { CategoryTags, ContestPhaseTag } from '../components/ContestPhaseTag'
import { PublicEntryForm } from '../components/PublicEntryForm'
import { PublicResults } from '../components/PublicResults'

/** /cuoc-thi/:publicId?school=CODE — a contest without an account: enter while open, read the results once published. */
export function PublicContestPage() {
  const { t } = useTranslation()
  const { publicId } = useParams()
  const contest = usePublicContest(publicId ?? '')
  return (
    <PublicShell campaign={contest.data ? { name: contest.data.campaignName } : undefined} privacy={t('publicContest.footer')}>
      {contest.isPending ? <LoadingState /> : contest.isError ? <PublicError error={contest.error} /> : <PublicContestView contest={contest.data} />}
    </PublicShell>
  )
}

function PublicContestView({ contest }: { contest: PublicContest }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const phase = contestPhase(contest)
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {contest.title}
        </Typography.Title>
        <Flex gap={4} wrap align="center">
          <ContestPhaseTag contest={contest} />
          <CategoryTags categories={contest.categories} />
        </Flex>
        <Typography.Text data-testid="contest-window">
          {t('publicContest.window', { opens: formatDateTime(contest.opensAt), closes: formatDateTime(contest.closesAt) })}
        </Typography.Text>
        {contest.description && <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{contest.description}</Typography.Paragraph>}
      </Flex>
      {phase === 'OPEN' && <PublicEntryForm contest={contest} schoolCode={params.get('school')?.trim() || undefined} />}
      {phase === 'UPCOMING' && (
        <Alert type="info" showIcon role="status" data-testid="contest-closed" title={t('publicContest.notYetOpen', { at: formatDateTime(contest.opensAt) })} />
      )}
      {phase === 'CLOSED' && (
        <Alert
          type="warning"
          showIcon
          role="status"
          data-testid="contest-closed"
          title={t('publicContest.closed', { at: formatDateTime(contest.closesAt) })}
          description={t('publicContest.resultsLater')}
        />
      )}
      {phase === 'PUBLISHED' && <Results contest={contest} />}
    </Flex>
  )
}

function Results({ contest }: { contest: PublicContest }) {
  const { t } = useTranslation()
  const results = usePublicContestResults(contest.id)
  return (
    <Card title={t('publicContest.results')}>
      {results.isPending ? (
        <LoadingState />
      ) : results.isError ? (
        <PublicError error={results.error} />
      ) : (
        <PublicResults categories={contest.categories} items={results.data.items} publishedAt={results.data.publishedAt} />
      )}
    </Card>
  )
}
