import { Card, Flex, Progress, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/States'
import { formatTime } from '@/lib/format'
import { useCheckInCounts } from '../api/checkin'
import { counterPercent } from '../utils'

/** Delegates in, per venue and in total; pushed by the server, polled when the stream fails. */
export function Counters({ eventId, venueId }: { eventId: number; venueId: number | undefined }) {
  const { t } = useTranslation()
  const counts = useCheckInCounts(eventId)
  if (counts.isError && !counts.data) return <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
  const data = counts.data
  return (
    <Card
      size="small"
      title={t('checkin.counters')}
      extra={
        counts.dataUpdatedAt > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('checkin.updatedAt', { time: formatTime(counts.dataUpdatedAt) })}
          </Typography.Text>
        )
      }
      data-testid="door-counters"
    >
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('checkin.total')}
          </Typography.Text>
          <span className="door-counter" data-testid="count-total">
            {data ? t('checkin.ofExpected', { checkedIn: data.checkedIn, expected: data.expected }) : t('common.none')}
          </span>
        </Flex>
        {data && <Progress percent={counterPercent(data.checkedIn, data.expected)} showInfo={false} aria-label={t('checkin.total')} />}
        {(data?.venues ?? []).map((v) => (
          <Flex
            key={v.venueId ?? v.venueName}
            justify="space-between"
            align="baseline"
            gap={8}
            wrap
            data-testid={`count-venue-${v.venueId}`}
            style={{ fontWeight: v.venueId === venueId ? 600 : undefined }}
          >
            <span style={{ fontSize: 16 }}>{v.venueName}</span>
            <span style={{ fontSize: 20, fontVariantNumeric: 'tabular-nums' }} data-testid="count-venue">
              {t('checkin.ofExpected', { checkedIn: v.checkedIn, expected: v.expected })}
            </span>
          </Flex>
        ))}
      </Flex>
    </Card>
  )
}
