import { LoginOutlined, QrcodeOutlined, SearchOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Input, Segmented, Select, Spin, Tag, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ErrorState, LoadingState } from '@/components/States'
import { AttendeeStatusTag } from '@/components/StatusTag'
import type { Attendee, CheckInRequest, Event } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import { useEvent } from '@/lib/queries/events'
import { useCheckIn, useDoorSearch } from '../api/checkin'
import { Counters } from '../components/Counters'
import { ResultCard } from '../components/ResultCard'
import { VenueReconciliation } from '../components/VenueReconciliation'
import { canScan } from '../barcode'
import { Scanner } from '../components/Scanner'
import { resultFromError, resultFromResponse, tokenFromScan, type DoorResult } from '../utils'

const BIG = { fontSize: 18 }

/** The door's venue is chosen once per phone and event, and kept. */
function useDoorVenue(event: Event | undefined): [number | undefined, (id: number) => void] {
  const key = event ? `cantho.door.${event.id}` : ''
  const [picked, setPicked] = useState<number | undefined>(() => {
    try {
      const v = key ? Number(localStorage.getItem(key)) : NaN
      return Number.isFinite(v) && v > 0 ? v : undefined
    } catch {
      return undefined
    }
  })
  const venues = event?.venues ?? []
  const valid = venues.some((v) => v.id === picked) ? picked : (venues.find((v) => v.main) ?? venues[0])?.id
  const choose = (id: number) => {
    setPicked(id)
    try {
      localStorage.setItem(key, String(id))
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
  return [valid, choose]
}

export function CheckInPage() {
  const { eventId } = useParams()
  const event = useEvent(Number(eventId))
  if (event.isPending) return <LoadingState />
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />
  return <DoorScreen event={event.data} />
}

function DoorScreen({ event }: { event: Event }) {
  const { t } = useTranslation()
  const [venueId, setVenueId] = useDoorVenue(event)
  const checkIn = useCheckIn(event.id)
  const [result, setResult] = useState<DoorResult | null>(null)
  const scanning = canScan()
  const [mode, setMode] = useState<'scan' | 'search'>(scanning ? 'scan' : 'search')
  const [code, setCode] = useState('')
  const [q, setQ] = useState('')
  const search = useDoorSearch(event.id, q.trim())
  const resultRef = useRef<HTMLDivElement>(null)

  // The answer may be above the button pressed: bring it into view on a phone.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' })
  }, [result])

  const send = async (body: CheckInRequest) => {
    try {
      const r = await checkIn.mutateAsync({ ...body, venueId })
      setResult(resultFromResponse(t, r))
      // Vibrate once for in, twice for a repeat (phones that can).
      navigator.vibrate?.(r.outcome === 'CHECKED_IN' ? 120 : [80, 60, 80])
    } catch (e) {
      setResult(resultFromError(t, e))
      navigator.vibrate?.([200, 80, 200])
    }
  }

  const byCode = (text: string) => {
    const token = tokenFromScan(text)
    if (token) void send({ token })
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Flex vertical gap={4}>
        <Link to={`/events/${event.id}`} style={{ fontSize: 13 }}>
          {event.title}
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('checkin.title')}
        </Typography.Title>
      </Flex>

      <Card size="small">
        <Flex vertical gap={6}>
          <Typography.Text strong style={BIG}>
            {t('checkin.doorVenue')}
          </Typography.Text>
          {event.venues.length > 1 ? (
            <Select
              size="large"
              value={venueId}
              onChange={setVenueId}
              aria-label={t('checkin.doorVenue')}
              options={event.venues.map((v) => ({
                value: v.id,
                label: v.main ? t('checkin.venueMain', { name: v.name }) : t('checkin.venueRelay', { name: v.name }),
              }))}
              data-testid="door-venue"
            />
          ) : (
            <Typography.Text style={BIG}>{event.venues[0]?.name ?? t('common.none')}</Typography.Text>
          )}
        </Flex>
      </Card>

      <div ref={resultRef} style={{ scrollMarginTop: 80 }}>
        {checkIn.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin size="large" />
          </Flex>
        ) : (
          result && <ResultCard result={result} />
        )}
      </div>

      <Segmented<'scan' | 'search'>
        block
        size="large"
        value={mode}
        onChange={setMode}
        options={[
          { value: 'scan', label: t('checkin.modeScan'), icon: <QrcodeOutlined /> },
          { value: 'search', label: t('checkin.modeSearch'), icon: <SearchOutlined /> },
        ]}
      />

      {mode === 'scan' ? (
        <Card size="small">
          <Flex vertical gap={12}>
            {scanning ? (
              <Scanner onCode={byCode} />
            ) : (
              <Alert type="info" showIcon title={t('checkin.noScanner')} description={t('checkin.noScannerHint')} />
            )}
            <Flex vertical gap={6}>
              <Typography.Text strong>{t('checkin.manualCode')}</Typography.Text>
              <Flex gap={8}>
                <Input
                  size="large"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  onPressEnter={() => code.trim() && byCode(code)}
                  placeholder={t('checkin.codePlaceholder')}
                  aria-label={t('checkin.manualCode')}
                  autoCapitalize="off"
                  autoCorrect="off"
                  spellCheck={false}
                />
                <Button size="large" type="primary" disabled={!code.trim()} onClick={() => byCode(code)}>
                  {t('checkin.check')}
                </Button>
              </Flex>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Card size="small">
          <Flex vertical gap={12}>
            <Input
              size="large"
              allowClear
              prefix={<SearchOutlined />}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('checkin.searchPlaceholder')}
              aria-label={t('checkin.search')}
              style={{ fontSize: 20 }}
              autoComplete="off"
            />
            <SearchResults
              q={q.trim()}
              items={search.data?.items}
              loading={search.isFetching}
              error={search.error}
              pending={checkIn.isPending}
              onCheckIn={(a) => void send({ attendeeId: a.id })}
            />
          </Flex>
        </Card>
      )}

      <Counters eventId={event.id} venueId={venueId} />
      {event.canManage && <VenueReconciliation eventId={event.id} />}
    </Flex>
  )
}

function SearchResults({ q, items, loading, error, pending, onCheckIn }: {
  q: string
  items: Attendee[] | undefined
  loading: boolean
  error: unknown
  pending: boolean
  onCheckIn: (a: Attendee) => void
}) {
  const { t } = useTranslation()
  if (q.length < 2) return <Typography.Text type="secondary">{t('checkin.searchHint')}</Typography.Text>
  if (error) return <ErrorState error={error} />
  if (!items) return <LoadingState />
  if (items.length === 0) {
    return loading ? <LoadingState /> : <Typography.Text type="secondary">{t('checkin.noMatch', { q })}</Typography.Text>
  }
  return (
    <Flex vertical gap={8} role="list" aria-busy={loading}>
      {items.map((a) => (
        <Card key={a.id} size="small" role="listitem" data-testid="door-search-result">
          <Flex vertical gap={8}>
            <Flex vertical gap={2}>
              <Typography.Text strong style={{ fontSize: 20 }}>
                {a.fullName}
              </Typography.Text>
              <Typography.Text style={{ fontSize: 15 }}>{a.organization.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                {a.category.name}
                {a.venueName ? t('checkin.atVenue', { venue: a.venueName }) : ''}
              </Typography.Text>
              <Flex gap={6} wrap align="center">
                <AttendeeStatusTag status={a.status} />
                {a.checkedInAt && <Tag color="green">{t('checkin.already', { time: formatTime(a.checkedInAt) })}</Tag>}
              </Flex>
            </Flex>
            <Button
              type="primary"
              size="large"
              block
              icon={<LoginOutlined />}
              disabled={pending}
              onClick={() => onCheckIn(a)}
              style={{ height: 56, fontSize: 20 }}
            >
              {t('checkin.checkIn')}
            </Button>
          </Flex>
        </Card>
      ))}
    </Flex>
  )
}
