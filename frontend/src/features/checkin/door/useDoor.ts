import { useCallback, useEffect, useMemo, useState } from 'react'
import { isApiError } from '@/lib/api/problem'
import { now } from '@/lib/clock'
import { fetchDoorList, syncCheckIns } from './api'
import { findEntry, judge, type Judgement, type KnownAdmission } from './judge'
import {
  enqueue,
  getList,
  onDoorStoreChange,
  putList,
  scansOf,
  wipeExpired,
  type DoorEventInfo,
  type QueuedScan,
  type StoredList,
} from './store'
import { syncQueue, type SyncOutcome } from './sync'
import type { ScanMethod } from './types'

/** How often the list is refreshed (ETag: a 304 costs nothing) and the queue retried while online. */
const REFRESH_MS = 60_000
const SYNC_MS = 20_000
const RETRY_MS = 10_000

/** navigator.onLine, kept up to date (the browser's word; a failed request also counts as offline). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine))
  useEffect(() => {
    const on = () => setOnline(true)
    const off = () => setOnline(false)
    window.addEventListener('online', on)
    window.addEventListener('offline', off)
    return () => {
      window.removeEventListener('online', on)
      window.removeEventListener('offline', off)
    }
  }, [])
  return online
}

/** The list this phone keeps for an event, read from IndexedDB and re-read on every change. */
export function useStoredList(eventId: number): { stored: StoredList | undefined; loaded: boolean } {
  const [state, setState] = useState<{ stored: StoredList | undefined; loaded: boolean }>({ stored: undefined, loaded: false })
  useEffect(() => {
    let live = true
    const read = () =>
      void wipeExpired()
        .then(() => getList(eventId))
        .then((stored) => live && setState({ stored, loaded: true }))
        .catch(() => live && setState({ stored: undefined, loaded: true }))
    read()
    const off = onDoorStoreChange(read)
    return () => {
      live = false
      off()
    }
  }, [eventId])
  return state
}

/** This device's part of the door label: four hex digits kept in localStorage (two phones are two doors). */
export function deviceTag(): string {
  const KEY = 'cantho.door.device'
  try {
    let tag = localStorage.getItem(KEY)
    if (!tag) {
      tag = crypto.randomUUID().slice(0, 4)
      localStorage.setItem(KEY, tag)
    }
    return tag
  } catch {
    return crypto.randomUUID().slice(0, 4)
  }
}

export type ScanKey = { token: string } | { code: string } | { attendeeId: number }

export interface OfflineAnswer extends Judgement {
  scannedAt: string
  queued: boolean
}

/** The admissions the queue knows of (its own scans, or the server's answer to them), earliest per delegate. */
export function knownAdmissions(scans: readonly QueuedScan[]): Map<number, KnownAdmission> {
  const known = new Map<number, KnownAdmission>()
  for (const s of scans) {
    if (s.listedAttendeeId == null || (s.local !== 'ADMIT' && s.local !== 'ADMIT_ELSEWHERE')) continue
    if (s.result && (s.result.verdict === 'NOT_ADMISSIBLE' || s.result.verdict === 'UNKNOWN')) continue
    const at = s.result?.checkedInAt ?? s.scannedAt
    const prev = known.get(s.listedAttendeeId)
    if (!prev || Date.parse(at) < Date.parse(prev.at)) known.set(s.listedAttendeeId, { at, venueId: s.venueId })
  }
  return known
}

/**
 * The offline door for an event and venue: downloads the list while online (and refreshes it), judges
 * scans locally, queues them and syncs the queue on reconnect and on a timer.
 */
export function useDoor(event: DoorEventInfo, venueId: number | undefined, doorName: string) {
  const browserOnline = useOnline()
  // The browser may say online while the server cannot be reached (a hall Wi-Fi without uplink, a captive
  // portal): a request that never arrived counts as offline until one gets through.
  const [unreachable, setUnreachable] = useState(false)
  const online = browserOnline && !unreachable
  const { stored, loaded } = useStoredList(event.id)
  const [scans, setScans] = useState<QueuedScan[]>([])
  const [listError, setListError] = useState<unknown>(null)
  const [lastSync, setLastSync] = useState<SyncOutcome | null>(null)
  const eventJson = JSON.stringify(event)

  useEffect(() => {
    let live = true
    const read = () => void scansOf(event.id).then((s) => live && setScans(s)).catch(() => undefined)
    read()
    const off = onDoorStoreChange(read)
    return () => {
      live = false
      off()
    }
  }, [event.id])

  const refresh = useCallback(async () => {
    if (!navigator.onLine) return
    try {
      const current = await getList(event.id)
      const sameVenue = current?.venueId === (venueId ?? null)
      const answer = await fetchDoorList(event.id, venueId, sameVenue ? (current?.etag ?? null) : null)
      const info = JSON.parse(eventJson) as DoorEventInfo
      const checkedAt = now().format()
      if (answer.kind === 'same' && current) await putList({ ...current, event: info, checkedAt })
      else if (answer.kind === 'fresh') {
        await putList({ eventId: event.id, venueId: venueId ?? null, etag: answer.etag, list: answer.list, event: info, checkedAt })
      }
      setListError(null)
      setUnreachable(false)
    } catch (e) {
      const network = isApiError(e) && e.status === 0
      setUnreachable(network)
      setListError(network ? null : e)
    }
  }, [event.id, venueId, eventJson])

  const sync = useCallback(async () => {
    if (!navigator.onLine) return
    const outcome = await syncQueue(event.id, (body) => syncCheckIns(event.id, body))
    setLastSync(outcome)
    setUnreachable(outcome.kind === 'offline')
  }, [event.id])

  // The browser's "online" event: try the server again at once.
  useEffect(() => {
    const on = () => setUnreachable(false)
    window.addEventListener('online', on)
    return () => window.removeEventListener('online', on)
  }, [])

  // The list when the door opens (and when its venue changes), then every minute (every 10 seconds while
  // the server cannot be reached: the first answer brings the door back online).
  useEffect(() => {
    const first = setTimeout(() => void refresh(), 0)
    const timer = setInterval(() => void refresh(), unreachable ? RETRY_MS : REFRESH_MS)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [refresh, unreachable])

  // The queue on reconnect and every 20 seconds.
  useEffect(() => {
    if (!online) return
    const first = setTimeout(() => void sync().then(() => refresh()), 0)
    const timer = setInterval(() => void sync(), SYNC_MS)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [online, sync, refresh])

  const known = useMemo(() => knownAdmissions(scans), [scans])
  const doorLabel = `${doorName.trim() || 'Cửa'} · ${deviceTag()}`.slice(0, 64)

  /** Judges a scan with the local list and queues it (a repeat is not queued: there is nothing to tell). */
  const judgeOffline = useCallback(
    async (key: ScanKey, method: ScanMethod): Promise<OfflineAnswer | null> => {
      const list = (await getList(event.id))?.list
      if (!list) return null
      // Vietnam's wall clock with its offset, as the server records it (the first scan's time wins).
      const scannedAt = now().format('YYYY-MM-DDTHH:mm:ss.SSSZ')
      const entry = await findEntry(list.entries, key)
      const verdict = judge(entry, venueId ?? null, knownAdmissions(await scansOf(event.id)))
      if (verdict.verdict === 'REPEAT') return { ...verdict, scannedAt, queued: false }
      await enqueue({
        nonce: crypto.randomUUID(),
        eventId: event.id,
        venueId: venueId ?? null,
        doorLabel,
        method,
        // a delegate the list knows goes by id (the token stays on the card); a stranger's code goes as read
        ...(entry ? { attendeeId: entry.attendeeId } : key),
        scannedAt,
        local: verdict.verdict,
        fullName: entry?.fullName,
        listedAttendeeId: entry?.attendeeId,
        state: 'pending',
      })
      if (navigator.onLine) void sync()
      return { ...verdict, scannedAt, queued: true }
    },
    [event.id, venueId, doorLabel, sync],
  )

  const pending = scans.filter((s) => s.state === 'pending').length
  /** A request of the page's own never arrived: the door works offline until the server answers again. */
  const markUnreachable = useCallback(() => setUnreachable(true), [])
  return { online, stored, loaded, scans, pending, known, listError, lastSync, refresh, sync, judgeOffline, doorLabel, markUnreachable }
}
