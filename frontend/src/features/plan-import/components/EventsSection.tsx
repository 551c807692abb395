import { DeleteOutlined } from '@ant-design/icons'
import { Button, Card, Col, Flex, Input, InputNumber, Popconfirm, Row, Select, Switch, Tag, Typography } from 'antd'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EventFormat } from '@/lib/api/types'
import { EVENT_FORMATS } from '@/lib/status'
import { dropItem, mainVenueKey, patchItem, removeEvent, type EditCampaign, type EditEvent, type ImportState } from '../draft'
import { inputId, pathAttributes, useReview, type Update } from './context'
import { DraftField, RowErrors } from './DraftField'
import { DateTimeInput, DayInput } from './inputs'

const EVENT_TIMES = ['startsAt', 'endsAt'] as const
const CAMPAIGN_LISTS = ['hashtags', 'slogans'] as const
const CAMPAIGN_AUDIENCES = ['organisers', 'directAudience', 'indirectAudience'] as const

/** Section II's events: title, time, venues, format, expected delegates, chair. */
export const EventsSection = memo(function EventsSection({
  events,
  quotas,
  update,
}: Pick<ImportState, 'events' | 'quotas'> & { update: Update }) {
  const { t } = useTranslation()
  if (events.length === 0) return null
  return (
    <Card title={t('planImport.event.section', { count: events.length })} size="small" data-testid="import-events">
      <Flex vertical gap={12}>
        {events.map((event, i) => (
          <EventCard key={event.key} event={event} n={i + 1} quotas={quotas.filter((q) => q.eventKey === event.key).length} update={update} />
        ))}
      </Flex>
    </Card>
  )
})

const EventCard = memo(function EventCard({ event, n, quotas, update }: { event: EditEvent; n: number; quotas: number; update: Update }) {
  const { t } = useTranslation()
  const { flashPath } = useReview()
  const at = `events[${event.key}]`
  const name = event.title || t('planImport.event.title', { n })
  const set = (patch: Partial<EditEvent>) => update((s) => ({ ...s, events: patchItem(s.events, event.key, patch) }))
  const field = (leaf: string) => `${at}.${leaf}`

  return (
    <Card
      size="small"
      type="inner"
      data-testid="import-event"
      {...pathAttributes(at, flashPath)}
      title={t('planImport.event.title', { n })}
      extra={
        <Popconfirm
          title={quotas > 0 ? t('planImport.event.removeWithQuotas', { count: quotas }) : t('planImport.event.removeConfirm')}
          okText={t('planImport.remove')}
          cancelText={t('common.cancel')}
          onConfirm={() => update((s) => removeEvent(s, event.key))}
        >
          <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('planImport.event.remove', { event: name })}>
            {t('planImport.remove')}
          </Button>
        </Popconfirm>
      }
    >
      <RowErrors path={at} />
      <DraftField path={field('title')} label={t('event.title')} htmlFor={inputId(field('title'))} required>
        <Input.TextArea
          id={inputId(field('title'))}
          value={event.title}
          maxLength={500}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(e) => set({ title: e.target.value })}
        />
      </DraftField>
      <Row gutter={12}>
        {EVENT_TIMES.map((leaf) => (
          <Col xs={24} md={8} key={leaf}>
            <DraftField path={field(leaf)} label={t(`event.${leaf}`)} htmlFor={inputId(field(leaf))} required>
              <DateTimeInput id={inputId(field(leaf))} value={event[leaf]} onChange={(v) => set({ [leaf]: v })} />
            </DraftField>
          </Col>
        ))}
        <Col xs={24} md={8}>
          <DraftField path={field('format')} label={t('event.format')} htmlFor={inputId(field('format'))} required>
            <Select<EventFormat>
              id={inputId(field('format'))}
              value={event.format}
              placeholder={t('planImport.event.formatPlaceholder')}
              options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`enums.eventFormat.${f}`) }))}
              onChange={(format) => set({ format })}
            />
          </DraftField>
        </Col>
        <Col xs={24} md={8}>
          <DraftField path={field('expectedAttendance')} label={t('event.expectedAttendance')} htmlFor={inputId(field('expectedAttendance'))}>
            <InputNumber
              id={inputId(field('expectedAttendance'))}
              min={0}
              max={1_000_000}
              style={{ width: '100%' }}
              value={event.expectedAttendance ?? null}
              onChange={(v) => set({ expectedAttendance: v ?? undefined })}
            />
          </DraftField>
        </Col>
        <Col xs={24} md={16}>
          <DraftField path={field('chair')} label={t('event.chair')} htmlFor={inputId(field('chair'))}>
            <Input id={inputId(field('chair'))} value={event.chair ?? ''} maxLength={300} onChange={(e) => set({ chair: e.target.value })} />
          </DraftField>
        </Col>
      </Row>
      <Typography.Text strong>{t('event.venues')}</Typography.Text>
      {event.venues.length === 0 && (
        <div>
          <Typography.Text type="secondary">{t('event.noVenues')}</Typography.Text>
        </div>
      )}
      {event.venues.map((v, i) => {
        const vat = `${at}.venues[${v.key}]`
        return (
          <Flex key={v.key} gap={8} align="flex-start" style={{ marginTop: 8 }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <DraftField path={`${vat}.name`} label={t('planImport.event.venueN', { n: i + 1 })} htmlFor={inputId(`${vat}.name`)} compact required>
                <Input
                  id={inputId(`${vat}.name`)}
                  value={v.name}
                  maxLength={300}
                  suffix={v.key === mainVenueKey(event) ? <Tag style={{ marginInlineEnd: 0 }}>{t('venue.main')}</Tag> : undefined}
                  onChange={(e) => set({ venues: patchItem(event.venues, v.key, { name: e.target.value }) })}
                />
              </DraftField>
            </div>
            <Button
              type="text"
              danger
              size="small"
              style={{ marginTop: 30 }}
              icon={<DeleteOutlined />}
              aria-label={t('planImport.event.removeVenue', { n: i + 1 })}
              title={t('planImport.event.removeVenue', { n: i + 1 })}
              onClick={() => set({ venues: dropItem(event.venues, v.key) })}
            />
          </Flex>
        )
      })}
    </Card>
  )
})

/** The campaign the plan launches, when the document describes one; it can be left out. */
export const CampaignSection = memo(function CampaignSection({ campaign: c, update }: Pick<ImportState, 'campaign'> & { update: Update }) {
  const { t } = useTranslation()
  if (!c) return null
  const set = (patch: Partial<EditCampaign>) => update((s) => (s.campaign ? { ...s, campaign: { ...s.campaign, ...patch } } : s))
  return (
    <Card
      title={t('planImport.campaign.section')}
      size="small"
      data-testid="import-campaign"
      extra={
        <Flex gap={6} align="center">
          <Switch checked={c.include} onChange={(include) => set({ include })} aria-label={t('planImport.campaign.include')} />
          <span>{t('planImport.campaign.include')}</span>
        </Flex>
      }
    >
      <RowErrors path="campaign" />
      {!c.include ? (
        <Typography.Text type="secondary">{t('planImport.campaign.excluded')}</Typography.Text>
      ) : (
        <>
          <DraftField path="campaign.name" label={t('campaign.name')} htmlFor={inputId('campaign.name')} required>
            <Input id={inputId('campaign.name')} value={c.name ?? ''} maxLength={300} onChange={(e) => set({ name: e.target.value })} />
          </DraftField>
          <Row gutter={12}>
            <Col xs={12}>
              <DraftField path="campaign.startsOn" sourcePath="campaign.period" label={t('campaign.startsOn')} htmlFor={inputId('campaign.startsOn')} required>
                <DayInput id={inputId('campaign.startsOn')} value={c.startsOn} onChange={(v) => set({ startsOn: v })} />
              </DraftField>
            </Col>
            <Col xs={12}>
              <DraftField path="campaign.endsOn" sourcePath="campaign.period" label={t('campaign.endsOn')} htmlFor={inputId('campaign.endsOn')} required>
                <DayInput id={inputId('campaign.endsOn')} value={c.endsOn} onChange={(v) => set({ endsOn: v })} />
              </DraftField>
            </Col>
          </Row>
          {CAMPAIGN_LISTS.map((leaf) => (
            <DraftField key={leaf} path={`campaign.${leaf}`} label={t(`campaign.${leaf}`)} htmlFor={inputId(`campaign.${leaf}`)} extra={t('campaignForm.tagsHint')}>
              <Select
                id={inputId(`campaign.${leaf}`)}
                mode="tags"
                value={c[leaf]}
                open={false}
                suffixIcon={null}
                onChange={(v: string[]) => set({ [leaf]: v })}
              />
            </DraftField>
          ))}
          <Row gutter={12}>
            {CAMPAIGN_AUDIENCES.map((leaf) => (
              <Col xs={24} md={12} key={leaf}>
                <DraftField path={`campaign.${leaf}`} label={t(`campaign.${leaf}`)} htmlFor={inputId(`campaign.${leaf}`)}>
                  <Input.TextArea
                    id={inputId(`campaign.${leaf}`)}
                    value={c[leaf] ?? ''}
                    maxLength={2000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    onChange={(e) => set({ [leaf]: e.target.value })}
                  />
                </DraftField>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  )
})
