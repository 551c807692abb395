import {
  EditOutlined,
  EnvironmentOutlined,
  PlusOutlined,
  QrcodeOutlined,
  TableOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons'
import { App, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { PageTitle } from '@/components/PageTitle'
import { QuotaStatus } from '@/components/QuotaStatus'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Event, Quota } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { formatDateTime, formatPeriod } from '@/lib/format'
import { useEvent, useEventQuotas } from '@/lib/queries/events'
import { usePlan } from '@/lib/queries/plans'
import { EventQuotasTable } from '../components/EventQuotasTable'
import { ExtendQuotaModal } from '../components/ExtendQuotaModal'
import { QuotaFormModal } from '../components/QuotaFormModal'

export function EventDetailPage() {
  const { eventId } = useParams()
  const event = useEvent(Number(eventId))
  if (event.isPending) return <LoadingState />
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />
  return <EventDetail event={event.data} />
}

type Dialog = { kind: 'quota'; quota: Quota | null } | { kind: 'extend'; quota: Quota } | null

function EventDetail({ event }: { event: Event }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const me = useMe()
  const plan = usePlan(event.planId)
  const quotas = useEventQuotas(event.id)
  const [dialog, setDialog] = useState<Dialog>(null)

  const myOrgId = me.organization?.id
  const all = quotas.data?.items ?? []
  const mine = all.filter((q) => q.owner.id === myOrgId)
  const receives = all.some((q) => q.receiver.id === myOrgId)
  // The plan's issuer and standing agency see everyone's figures and staff the door.
  const organiser = event.canManage || (plan.data?.permissions.canSeeProgress ?? false)
  const seesAllLists = organiser || receives

  const actions = [
    mine.length > 0 && (
      <Link key="mine" to={`/events/${event.id}/my-quotas`}>
        <Button type="primary" icon={<TeamOutlined />}>
          {t('event.myQuotas')}
        </Button>
      </Link>
    ),
    seesAllLists && (
      <Link key="matrix" to={`/events/${event.id}/quota-matrix`}>
        <Button icon={<TableOutlined />}>{t('matrix.open')}</Button>
      </Link>
    ),
    (seesAllLists || mine.length > 0) && (
      <Link key="attendees" to={`/events/${event.id}/attendees`}>
        <Button icon={<UnorderedListOutlined />}>{t('attendees.open')}</Button>
      </Link>
    ),
    organiser && (
      <Link key="checkin" to={`/events/${event.id}/check-in`}>
        <Button icon={<QrcodeOutlined />}>{t('checkin.open')}</Button>
      </Link>
    ),
    event.canManage && (
      <Link key="edit" to={`/events/${event.id}/edit`}>
        <Button icon={<EditOutlined />}>{t('event.edit')}</Button>
      </Link>
    ),
  ].filter(Boolean)

  return (
    <>
      <EventBreadcrumb event={event} />
      <PageTitle
        title={event.title}
        sub={
          <>
            <Tag>{t(`enums.eventFormat.${event.format}`)}</Tag>
            <Typography.Text type="secondary">{formatPeriod(event.startsAt, event.endsAt)}</Typography.Text>
          </>
        }
        extra={actions}
      />

      {mine.length > 0 && (
        <Card size="small" title={t('event.myQuotasTitle')} style={{ marginBottom: 16 }} data-testid="my-quota-summary">
          <Flex vertical gap={8}>
            {mine.map((q) => (
              <Flex key={q.id} gap={12} wrap align="center" justify="space-between">
                <Typography.Text strong>{q.category.name}</Typography.Text>
                <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
                  <QuotaStatus quota={q} />
                </div>
              </Flex>
            ))}
          </Flex>
        </Card>
      )}

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={t('event.details')} style={{ height: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'plan', label: t('event.plan'), children: <Link to={`/plans/${event.planId}?tab=events`}>{event.planReference}</Link> },
                { key: 'starts', label: t('event.startsAt'), children: formatDateTime(event.startsAt) },
                { key: 'ends', label: t('event.endsAt'), children: formatDateTime(event.endsAt) },
                {
                  key: 'expected',
                  label: t('event.expectedAttendance'),
                  children: event.expectedAttendance != null ? t('event.expectedShort', { count: event.expectedAttendance }) : t('common.none'),
                },
                { key: 'chair', label: t('event.chair'), children: event.chair || t('common.none') },
                ...(event.description
                  ? [{ key: 'desc', label: t('event.description'), children: <span style={{ whiteSpace: 'pre-line' }}>{event.description}</span> }]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('event.venues')} style={{ height: '100%' }}>
            {event.venues.length === 0 ? (
              <EmptyState description={t('event.noVenues')} />
            ) : (
              <Flex vertical role="list">
                {[...event.venues].sort((a, b) => Number(b.main) - Number(a.main)).map((v) => (
                  <Flex
                    key={v.id}
                    gap={12}
                    role="listitem"
                    data-testid="venue"
                    style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
                  >
                    <EnvironmentOutlined style={{ fontSize: 18, marginTop: 2, color: v.main ? '#c8102e' : '#8c8c8c' }} />
                    <Flex vertical gap={2} style={{ minWidth: 0 }}>
                      <Flex gap={6} wrap align="center">
                        <Typography.Text strong>{v.name}</Typography.Text>
                        <Tag color={v.main ? 'red' : 'blue'}>{v.main ? t('venue.main') : t('venue.relay')}</Tag>
                      </Flex>
                      {v.address && <Typography.Text type="secondary">{v.address}</Typography.Text>}
                      {v.capacity != null && (
                        <Typography.Text type="secondary">{t('venue.capacityShort', { count: v.capacity })}</Typography.Text>
                      )}
                    </Flex>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>

      {seesAllLists ? (
        <Card
          title={t('event.quotas')}
          extra={
            event.canManage && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'quota', quota: null })}>
                {t('quotaForm.add')}
              </Button>
            )
          }
        >
          {quotas.isError ? (
            <ErrorState error={quotas.error} onRetry={() => void quotas.refetch()} />
          ) : (
            <EventQuotasTable
              quotas={all}
              loading={quotas.isPending}
              manage={event.canManage}
              myOrganizationId={myOrgId}
              onEdit={(quota) => setDialog({ kind: 'quota', quota })}
              onExtend={(quota) => setDialog({ kind: 'extend', quota })}
            />
          )}
        </Card>
      ) : (
        // An agency sees its own quotas in the summary above; the full table is the organisers'.
        mine.length === 0 &&
        !quotas.isPending && (
          <Card>
            <EmptyState description={quotas.isError ? t('errors.loadFailed') : t('myQuotas.empty')} />
          </Card>
        )
      )}

      <QuotaFormModal
        key={dialog?.kind === 'quota' ? (dialog.quota?.id ?? 'new') : 'closed'}
        event={event}
        quota={dialog?.kind === 'quota' ? dialog.quota : null}
        open={dialog?.kind === 'quota'}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null)
          void message.success(t('quotaForm.saved'))
        }}
      />
      <ExtendQuotaModal
        key={dialog?.kind === 'extend' ? dialog.quota.id : 'closed-extend'}
        eventId={event.id}
        quota={dialog?.kind === 'extend' ? dialog.quota : null}
        onClose={() => setDialog(null)}
        onExtended={(q) => {
          setDialog(null)
          void message.success(t('quotaForm.extended', { deadline: formatDateTime(q.extendedUntil) }))
        }}
      />
    </>
  )
}
