import { CalendarOutlined, EnvironmentOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Event } from '@/lib/api/types'
import { formatPeriod } from '@/lib/format'
import { usePlanEvents } from '../api/plans'

/** The plan's events (the launch ceremony…), each a link to its page; organisers add one. */
export function PlanEventsList({ planId, canAdd }: { planId: number; canAdd: boolean }) {
  const { t } = useTranslation()
  const events = usePlanEvents(planId)

  const add = canAdd && (
    <Link to={`/plans/${planId}/events/new`}>
      <Button icon={<PlusOutlined />}>{t('event.add')}</Button>
    </Link>
  )

  if (events.isPending) return <LoadingState />
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />
  const items = events.data.items
  if (items.length === 0) return <EmptyState description={t('event.emptyForPlan')}>{add}</EmptyState>

  return (
    <Flex vertical gap={12}>
      {add && <Flex justify="flex-end">{add}</Flex>}
      <Flex vertical gap={8} role="list">
        {items.map((event) => (
          <EventItem key={event.id} event={event} />
        ))}
      </Flex>
    </Flex>
  )
}

function EventItem({ event }: { event: Event }) {
  const { t } = useTranslation()
  const main = event.venues.find((v) => v.main) ?? event.venues[0]
  const relays = event.venues.filter((v) => v !== main).length
  return (
    <Card size="small" role="listitem" data-testid="plan-event">
      <Flex vertical gap={6}>
        <Link to={`/events/${event.id}`} style={{ fontWeight: 600 }}>
          {event.title}
        </Link>
        <Flex gap={12} wrap style={{ fontSize: 13 }}>
          <Typography.Text type="secondary">
            <CalendarOutlined /> {formatPeriod(event.startsAt, event.endsAt)}
          </Typography.Text>
          {main && (
            <Typography.Text type="secondary">
              <EnvironmentOutlined /> {main.name}
              {relays > 0 ? t('event.relayCount', { count: relays }) : ''}
            </Typography.Text>
          )}
          {event.expectedAttendance != null && (
            <Typography.Text type="secondary">
              <TeamOutlined /> {t('event.expectedShort', { count: event.expectedAttendance })}
            </Typography.Text>
          )}
          <Tag>{t(`enums.eventFormat.${event.format}`)}</Tag>
        </Flex>
      </Flex>
    </Card>
  )
}
