import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { now } from '@/lib/clock'
import { DOOR_DB_NAME } from '@/lib/offline/deviceData'
import type { LocalVerdict } from './judge'
import type { DoorList, ScanMethod, SyncVerdict } from './types'

/** What a door needs of its event when the network is gone: the title and the venues (no personal data). */
export interface DoorEventInfo {
  id: number
  title: string
  canManage: boolean
  venues: { id: number; name: string; main: boolean }[]
}

/** The list a door downloaded for an event, with the ETag to refresh it. */
export interface StoredList {
  eventId: number
  venueId: number | null
  etag: string | null
  list: DoorList
  event: DoorEventInfo
  /** When this phone last heard from the server about the list (a 200 or a 304). */
  checkedAt: string
}

/** A scan made while offline, waiting for (or back from) POST check-ins/sync. */
export interface QueuedScan {
  nonce: string
  eventId: number
  venueId: number | null
  doorLabel?: string
  method: ScanMethod
  /** Exactly one of these goes to the server. */
  token?: string
  code?: string
  attendeeId?: number
  scannedAt: string
  /** What the door said at the time. */
  local: LocalVerdict
  /** The delegate as the list knew them (for the queue's lines); undefined for an unknown code. */
  fullName?: string
  listedAttendeeId?: number
  state: 'pending' | 'synced' | 'refused'
  result?: SyncVerdict
  /** Why the server refused the batch (a problem's title or a field error). */
  error?: string
}

interface DoorDb extends DBSchema {
  lists: { key: number; value: StoredList }
  queue: { key: string; value: QueuedScan; indexes: { byEvent: number } }
}

let dbPromise: Promise<IDBPDatabase<DoorDb>> | null = null

function db(): Promise<IDBPDatabase<DoorDb>> {
  dbPromise ??= openDB<DoorDb>(DOOR_DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('lists', { keyPath: 'eventId' })
      d.createObjectStore('queue', { keyPath: 'nonce' }).createIndex('byEvent', 'eventId')
    },
    // A sign-out in another tab deletes the database: let it, and open afresh next time.
    blocking() {
      void dbPromise?.then((d) => d.close())
      dbPromise = null
    },
    terminated() {
      dbPromise = null
    },
  })
  return dbPromise
}

type Listener = () => void
const listeners = new Set<Listener>()

/** Called after every change to the list or the queue (the screen re-reads them). */
export function onDoorStoreChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
function changed() {
  listeners.forEach((l) => l())
}

export async function getList(eventId: number): Promise<StoredList | undefined> {
  return (await db()).get('lists', eventId)
}

export async function putList(stored: StoredList): Promise<void> {
  await (await db()).put('lists', stored)
  changed()
}

/** After an online check-in: the local list knows it too, so a repeat is caught if the network then drops. */
export async function markCheckedIn(eventId: number, attendeeId: number, at: string, venueId: number | null): Promise<void> {
  const d = await db()
  const tx = d.transaction('lists', 'readwrite')
  const stored = await tx.store.get(eventId)
  const entry = stored?.list.entries.find((e) => e.attendeeId === attendeeId)
  if (stored && entry && !entry.checkedInAt) {
    entry.checkedInAt = at
    entry.checkedInVenueId = venueId ?? undefined
    await tx.store.put(stored)
  }
  await tx.done
  changed()
}

export async function enqueue(scan: QueuedScan): Promise<void> {
  await (await db()).add('queue', scan)
  changed()
}

/** The event's queued scans, oldest first. */
export async function scansOf(eventId: number): Promise<QueuedScan[]> {
  const all = await (await db()).getAllFromIndex('queue', 'byEvent', eventId)
  return all.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt))
}

/** Writes the server's answers (or a refusal) onto the queued scans. */
export async function updateScans(scans: QueuedScan[]): Promise<void> {
  const tx = (await db()).transaction('queue', 'readwrite')
  await Promise.all([...scans.map((s) => tx.store.put(s)), tx.done])
  changed()
}

/** Forgets an event's list and queue. */
export async function wipeEvent(eventId: number): Promise<void> {
  const d = await db()
  const tx = d.transaction(['lists', 'queue'], 'readwrite')
  await tx.objectStore('lists').delete(eventId)
  const queue = tx.objectStore('queue')
  for (const key of await queue.index('byEvent').getAllKeys(eventId)) await queue.delete(key)
  await tx.done
  changed()
}

/** Wipes every event whose day is over (the list's wipeAfter has passed); returns the events wiped. */
export async function wipeExpired(at: Date = now().toDate()): Promise<number[]> {
  const lists = await (await db()).getAll('lists')
  const expired = lists.filter((l) => Date.parse(l.list.wipeAfter) <= at.getTime()).map((l) => l.eventId)
  for (const id of expired) await wipeEvent(id)
  return expired
}

/** Closes the connection (tests, and before the database is deleted). */
export async function closeDoorDb(): Promise<void> {
  const p = dbPromise
  dbPromise = null
  if (p) (await p).close()
}
