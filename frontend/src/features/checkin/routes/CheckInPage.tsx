import { LoginOutlined, QrcodeOutlined, SearchOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Input, Segmented, Select, Spin, Tag, Typography } from 'antd'
import type { TFunction } from 'i18next'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ErrorState, LoadingState } from '@/components/States'
import { AttendeeStatusTag } from '@/components/StatusTag'
import { isApiError } from '@/lib/api/problem'
import type { Attendee, Event } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import { useEvent } from '@/lib/queries/events'
import { useCheckIn, useDoorSearch } from '../api/checkin'
import { Counters } from '../components/Counters'
import { DoorStatus } from '../components/DoorStatus'
import { OrganiserPanel } from '../components/OrganiserPanel'
import { QueuePanel } from '../components/QueuePanel'
import { ResultCard } from '../components/ResultCard'
import { VenueReconciliation } from '../components/VenueReconciliation'
import { Scanner } from '../components/Scanner'
import { canScan } from '../barcode'
import { searchEntries } from '../door/judge'
import { markCheckedIn, type DoorEventInfo } from '../door/store'
import type { DoorEntry, ScanMethod } from '../door/types'
import { useDoor, useOnline, useStoredList, type ScanKey } from '../door/useDoor'
import { checkShortCode, normaliseShortCode, SHORT_CODE_ALPHABET, type ShortCodeCheck } from '../shortCode'
import { resultFromError, resultFromLocal, resultFromResponse, tokenFromScan, type DoorResult } from '../utils'

const BIG = { fontSize: 18 }

/** The door's venue is chosen once per phone and event, and kept. */
function useDoorVenue(event: DoorEventInfo | undefined): [number | undefined, (id: number) => void] {
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

/** The name staff give this door ("Cửa A"), kept on the phone; the device's tag is added to it. */
function useDoorName(): [string, (name: string) => void] {
  const KEY = 'cantho.door.name'
  const [name, setName] = useState(() => {
    try {
      return localStorage.getItem(KEY) ?? ''
    } catch {
      return ''
    }
  })
  const change = (value: string) => {
    setName(value)
    try {
      localStorage.setItem(KEY, value)
    } catch {
      // private mode: for this page only
    }
  }
  return [name, change]
}

function toInfo(event: Event): DoorEventInfo {
  return {
    id: event.id,
    title: event.title,
    canManage: !!event.canManage,
    venues: event.venues.map((v) => ({ id: v.id, name: v.name, main: v.main })),
  }
}

export function CheckInPage() {
  const { eventId } = useParams()
  const id = Number(eventId)
  const event = useEvent(id)
  const online = useOnline()
  const { stored, loaded } = useStoredList(id)
  // With the network down the door opens from the list it downloaded (the event's title and venues with it).
  if (event.data) return <DoorScreen info={toInfo(event.data)} event={event.data} />
  if (stored && (event.isError || !online)) return <DoorScreen info={stored.event} />
  if (event.isPending || !loaded) return <LoadingState />
  return <ErrorState error={event.error} onRetry={() => void event.refetch()} />
}

/** The message under the code field for a code the check symbol refuses (before any request). */
function codeMessage(t: TFunction, c: Exclude<ShortCodeCheck, { ok: true }>): string {
  switch (c.reason) {
    case 'symbols':
      return t('checkin.code.symbols', { symbols: (c.symbols ?? []).join(', '), alphabet: SHORT_CODE_ALPHABET })
    case 'length':
      return t('checkin.code.length')
    case 'check':
      return t('checkin.code.check')
    default:
      return t('checkin.code.empty')
  }
}

/** A typed code: a short code (9 symbols, perhaps with hyphens) or, pasted, a whole token. */
function looksLikeShortCode(text: string): boolean {
  return normaliseShortCode(text).length <= 12
}

function DoorScreen({ info, event }: { info: DoorEventInfo; event?: Event }) {
  const { t } = useTranslation()
  const [venueId, setVenueId] = useDoorVenue(info)
  const [doorName, setDoorName] = useDoorName()
  const door = useDoor(info, venueId, doorName)
  const checkIn = useCheckIn(info.id)
  const [result, setResult] = useState<DoorResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [syncing, setSyncing] = useState(false)
  // A phone with a camera starts on the scanner; a browser without one on the name search.
  const [mode, setMode] = useState<'scan' | 'search'>(canScan() ? 'scan' : 'search')
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [q, setQ] = useState('')
  const searchOnline = door.online && !!event
  const search = useDoorSearch(info.id, searchOnline ? q.trim() : '')
  const resultRef = useRef<HTMLDivElement>(null)

  // The answer may be above the button pressed: bring it into view on a phone.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' })
  }, [result])

  const send = async (key: ScanKey, method: ScanMethod) => {
    setBusy(true)
    try {
      if (door.online) {
        try {
          const r = await checkIn.mutateAsync({ ...key, venueId })
          setResult(resultFromResponse(t, r))
          void markCheckedIn(info.id, r.attendeeId, r.checkedInAt, venueId ?? null).catch(() => undefined)
          // Vibrate once for in, twice for a repeat (phones that can).
          navigator.vibrate?.(r.outcome === 'CHECKED_IN' ? 120 : [80, 60, 80])
          return
        } catch (e) {
          // The server's answer stands; only a request that never arrived is judged on the phone.
          if (!isApiError(e) || e.status !== 0) {
            setResult(resultFromError(t, e))
            navigator.vibrate?.([200, 80, 200])
            return
          }
          door.markUnreachable()
        }
      }
      const answer = await door.judgeOffline(key, method)
      setResult(resultFromLocal(t, answer, info.venues))
      navigator.vibrate?.(answer?.queued && answer.verdict !== 'UNKNOWN' ? 120 : [200, 80, 200])
    } finally {
      setBusy(false)
    }
  }

  const byScan = (text: string) => {
    const token = tokenFromScan(text)
    if (token) void send({ token }, 'QR')
  }

  const byTyped = () => {
    const text = code.trim()
    if (!text) return
    if (!looksLikeShortCode(text)) {
      setCodeError(null)
      byScan(text)
      return
    }
    const checked = checkShortCode(text)
    if (!checked.ok) {
      setCodeError(codeMessage(t, checked))
      return
    }
    setCodeError(null)
    setCode(checked.formatted)
    void send({ code: checked.code }, 'CODE')
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Flex vertical gap={4}>
        {event ? (
          <Link to={`/events/${info.id}`} style={{ fontSize: 13 }}>
            {info.title}
          </Link>
        ) : (
          <Typography.Text style={{ fontSize: 13 }}>{info.title}</Typography.Text>
        )}
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('checkin.title')}
        </Typography.Title>
      </Flex>

      <DoorStatus
        online={door.online}
        pending={door.pending}
        stored={door.stored}
        syncing={syncing}
        onSync={() => {
          setSyncing(true)
          void door.sync().finally(() => setSyncing(false))
        }}
      />

      <Card size="small">
        <Flex vertical gap={6}>
          <Typography.Text strong style={BIG}>
            {t('checkin.doorVenue')}
          </Typography.Text>
          {info.venues.length > 1 ? (
            <Select
              size="large"
              value={venueId}
              onChange={setVenueId}
              aria-label={t('checkin.doorVenue')}
              options={info.venues.map((v) => ({
                value: v.id,
                label: v.main ? t('checkin.venueMain', { name: v.name }) : t('checkin.venueRelay', { name: v.name }),
              }))}
              data-testid="door-venue"
            />
          ) : (
            <Typography.Text style={BIG}>{info.venues[0]?.name ?? t('common.none')}</Typography.Text>
          )}
          <label htmlFor="door-name">{t('checkin.door.name')}</label>
          <Input
            id="door-name"
            size="large"
            value={doorName}
            maxLength={40}
            onChange={(e) => setDoorName(e.target.value)}
            placeholder={t('checkin.door.namePlaceholder')}
          />
        </Flex>
      </Card>

      <div ref={resultRef} style={{ scrollMarginTop: 80 }}>
        {busy ? (
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
            <Scanner onCode={byScan} />
            <Flex vertical gap={6}>
              <label htmlFor="door-code">
                <Typography.Text strong>{t('checkin.manualCode')}</Typography.Text>
              </label>
              <Flex gap={8}>
                <Input
                  id="door-code"
                  size="large"
                  value={code}
                  status={codeError ? 'error' : undefined}
                  onChange={(e) => {
                    setCode(e.target.value)
                    setCodeError(null)
                  }}
                  onPressEnter={byTyped}
                  placeholder={t('checkin.codePlaceholder')}
                  aria-invalid={!!codeError}
                  aria-describedby={codeError ? 'door-code-error' : 'door-code-hint'}
                  autoCapitalize="characters"
                  autoCorrect="off"
                  autoComplete="off"
                  spellCheck={false}
                  style={{ fontSize: 22, letterSpacing: 2, fontVariantNumeric: 'tabular-nums' }}
                />
                <Button size="large" type="primary" disabled={!code.trim() || busy} onClick={byTyped}>
                  {t('checkin.check')}
                </Button>
              </Flex>
              {codeError ? (
                <Typography.Text type="danger" id="door-code-error" role="alert" data-testid="door-code-error">
                  {codeError}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" id="door-code-hint">
                  {t('checkin.code.hint')}
                </Typography.Text>
              )}
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
            {searchOnline ? (
              <SearchResults
                q={q.trim()}
                items={search.data?.items}
                loading={search.isFetching}
                error={search.error}
                pending={busy}
                onCheckIn={(a) => void send({ attendeeId: a.id }, 'SEARCH')}
              />
            ) : (
              <LocalSearchResults
                q={q.trim()}
                entries={door.stored?.list.entries}
                known={door.known}
                pending={busy}
                onCheckIn={(e) => void send({ attendeeId: e.attendeeId }, 'SEARCH')}
              />
            )}
          </Flex>
        </Card>
      )}

      <QueuePanel scans={door.scans} />
      {event && door.online && <Counters eventId={info.id} venueId={venueId} />}
      {event?.canManage && door.online && <OrganiserPanel event={event} />}
      {event?.canManage && door.online && <VenueReconciliation eventId={info.id} />}
    </Flex>
  )
}

/** The name search with the network down: the phone's list, diacritics folded, words in any order. */
function LocalSearchResults({ q, entries, known, pending, onCheckIn }: {
  q: string
  entries: DoorEntry[] | undefined
  known: ReadonlyMap<number, { at: string }>
  pending: boolean
  onCheckIn: (e: DoorEntry) => void
}) {
  const { t } = useTranslation()
  if (!entries) return <Typography.Text type="secondary">{t('checkin.door.noList')}</Typography.Text>
  if (q.length < 2) return <Typography.Text type="secondary">{t('checkin.searchHint')}</Typography.Text>
  const items = searchEntries(entries, q)
  if (items.length === 0) return <Typography.Text type="secondary">{t('checkin.noMatch', { q })}</Typography.Text>
  return (
    <Flex vertical gap={8} role="list">
      {items.map((e) => {
        const at = known.get(e.attendeeId)?.at ?? e.checkedInAt
        return (
          <DelegateCard
            key={e.attendeeId}
            fullName={e.fullName}
            organization={e.organization}
            category={e.category}
            venueName={e.seatVenueName}
            checkedInAt={at}
            pending={pending}
            onCheckIn={() => onCheckIn(e)}
          />
        )
      })}
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
        <DelegateCard
          key={a.id}
          fullName={a.fullName}
          organization={a.organization.name}
          category={a.category.name}
          venueName={a.venueName}
          checkedInAt={a.checkedInAt}
          status={<AttendeeStatusTag status={a.status} />}
          pending={pending}
          onCheckIn={() => onCheckIn(a)}
        />
      ))}
    </Flex>
  )
}

/** One delegate found by name, as the door shows it online and offline: who, from where, seated where, already in, and the button. */
function DelegateCard({ fullName, organization, category, venueName, checkedInAt, status, pending, onCheckIn }: {
  fullName: string
  organization: string
  category: string
  venueName?: string | null
  checkedInAt?: string | null
  status?: ReactNode
  pending: boolean
  onCheckIn: () => void
}) {
  const { t } = useTranslation()
  return (
    <Card size="small" role="listitem" data-testid="door-search-result">
      <Flex vertical gap={8}>
        <Flex vertical gap={2}>
          <Typography.Text strong style={{ fontSize: 20 }}>
            {fullName}
          </Typography.Text>
          <Typography.Text style={{ fontSize: 15 }}>{organization}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 14 }}>
            {category}
            {venueName ? t('checkin.atVenue', { venue: venueName }) : ''}
          </Typography.Text>
          {(status || checkedInAt) && (
            <Flex gap={6} wrap align="center">
              {status}
              {checkedInAt && <Tag color="green">{t('checkin.already', { time: formatTime(checkedInAt) })}</Tag>}
            </Flex>
          )}
        </Flex>
        <Button
          type="primary"
          size="large"
          block
          icon={<LoginOutlined />}
          disabled={pending}
          onClick={onCheckIn}
          style={{ height: 56, fontSize: 20 }}
        >
          {t('checkin.checkIn')}
        </Button>
      </Flex>
    </Card>
  )
}
