import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import { DOOR_DB_NAME } from '@/lib/offline/deviceData'
import { doorList, entry } from './fixtures.test-util'
import { closeDoorDb, enqueue, getList, markCheckedIn, putList, scansOf, wipeExpired, type QueuedScan } from './store'
import { SYNC_BATCH, batches, syncQueue, toSyncScan } from './sync'
import type { CheckInSyncRequest, CheckInSyncResult } from './types'

afterEach(async () => {
  await closeDoorDb()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DOOR_DB_NAME)
    req.onsuccess = () => resolve()
    req.onerror = () => resolve()
  })
})

let n = 0
function scan(extra: Partial<QueuedScan> = {}): QueuedScan {
  n++
  return {
    nonce: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    eventId: 5,
    venueId: 11,
    doorLabel: 'Cửa A · 4f2c',
    method: 'QR',
    attendeeId: n,
    scannedAt: `2026-05-29T07:${String(10 + (n % 40)).padStart(2, '0')}:00+07:00`,
    local: 'ADMIT',
    fullName: `Đại biểu ${n}`,
    state: 'pending',
    ...extra,
  }
}

/** A server that admits each delegate once (the first scan wins) and answers every nonce once. */
function fakeServer() {
  const seen = new Map<string, CheckInSyncResult['results'][number]>()
  const admitted = new Map<number, string>()
  const requests: CheckInSyncRequest[] = []
  const send = async (body: CheckInSyncRequest): Promise<CheckInSyncResult> => {
    requests.push(body)
    return {
      results: body.scans.map((s) => {
        const known = seen.get(s.nonce)
        if (known) return known
        const id = s.attendeeId ?? 0
        const first = admitted.get(id)
        if (!first || s.scannedAt < first) admitted.set(id, s.scannedAt)
        const r = {
          nonce: s.nonce,
          verdict: first ? ('ALREADY_CHECKED_IN' as const) : ('CHECKED_IN' as const),
          attendeeId: id,
          checkedInAt: admitted.get(id),
          conflict: false,
          message: 'ok',
        }
        seen.set(s.nonce, r)
        return r
      }),
    }
  }
  return { send, requests, admitted }
}

describe('the door queue', () => {
  it('keeps scans across a reload of the store and sends each exactly once with its scan time', async () => {
    const a = scan()
    const b = scan({ attendeeId: undefined, code: 'K7M4QX9TB', method: 'CODE' })
    const c = scan({ attendeeId: undefined, token: 'tok', local: 'UNKNOWN' })
    for (const s of [a, b, c]) await enqueue(s)
    await closeDoorDb() // as a page reload would
    expect((await scansOf(5)).map((s) => s.state)).toEqual(['pending', 'pending', 'pending'])

    const server = fakeServer()
    expect(await syncQueue(5, server.send)).toEqual({ kind: 'done', sent: 3 })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]).toEqual({
      venueId: 11,
      doorLabel: 'Cửa A · 4f2c',
      scans: [
        { nonce: a.nonce, scannedAt: a.scannedAt, method: 'QR', attendeeId: a.attendeeId },
        { nonce: b.nonce, scannedAt: b.scannedAt, method: 'CODE', code: 'K7M4QX9TB' },
        { nonce: c.nonce, scannedAt: c.scannedAt, method: 'QR', token: 'tok' },
      ],
    })
    const after = await scansOf(5)
    expect(after.every((s) => s.state === 'synced')).toBe(true)
    expect(after.find((s) => s.nonce === a.nonce)?.result).toMatchObject({ verdict: 'CHECKED_IN', checkedInAt: a.scannedAt })

    // nothing left to send: a second sync sends nothing
    expect(await syncQueue(5, server.send)).toEqual({ kind: 'done', sent: 0 })
    expect(server.requests).toHaveLength(1)
  })

  it('leaves the queue as it was when the network is down, and one sync runs at a time', async () => {
    await enqueue(scan())
    const offline = () => Promise.reject(new ApiError(0, { type: 'about:blank', code: 'network', title: '', status: 0 }))
    expect(await syncQueue(5, offline)).toEqual({ kind: 'offline', sent: 0 })
    expect((await scansOf(5))[0].state).toBe('pending')

    const server = fakeServer()
    const [one, two] = await Promise.all([syncQueue(5, server.send), syncQueue(5, server.send)])
    expect(one).toBe(two)
    expect(server.requests).toHaveLength(1)
  })

  it('marks the scans a refused batch names and sends the others again', async () => {
    const good = scan()
    const future = scan({ scannedAt: '2099-01-01T00:00:00+07:00' })
    await enqueue(good)
    await enqueue(future)
    const refuse = () =>
      Promise.reject(
        new ApiError(400, {
          type: '/problems/validation-failed',
          code: 'validation-failed',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'scans[1].scannedAt', code: 'Future', message: 'Thời điểm quét ở tương lai' }],
        }),
      )
    expect(await syncQueue(5, refuse)).toMatchObject({ kind: 'failed', status: 400 })
    const after = await scansOf(5)
    expect(after.find((s) => s.nonce === future.nonce)).toMatchObject({ state: 'refused', error: 'Thời điểm quét ở tương lai' })
    expect(after.find((s) => s.nonce === good.nonce)?.state).toBe('pending')
    const server = fakeServer()
    await syncQueue(5, server.send)
    expect(server.requests[0].scans.map((s) => s.nonce)).toEqual([good.nonce])
  })

  it('sends one batch per door and at most 200 scans a request', () => {
    const many = Array.from({ length: SYNC_BATCH + 5 }, () => scan())
    const other = scan({ venueId: 12 })
    const out = batches([...many, other])
    expect(out.map((b) => b.length)).toEqual([SYNC_BATCH, 5, 1])
    expect(toSyncScan(other)).not.toHaveProperty('token')
  })

  it('keeps the list with its ETag, learns online check-ins, and wipes an event whose day is over', async () => {
    const event = { id: 5, title: 'Lễ phát động', canManage: false, venues: [{ id: 11, name: 'Hội trường', main: true }] }
    await putList({ eventId: 5, venueId: 11, etag: '"v1"', list: doorList([entry(1, 'A', 'a')]), event, checkedAt: '2026-05-29T06:30:00+07:00' })
    await markCheckedIn(5, 1, '2026-05-29T07:00:00+07:00', 11)
    expect((await getList(5))?.list.entries[0]).toMatchObject({ checkedInAt: '2026-05-29T07:00:00+07:00', checkedInVenueId: 11 })
    await enqueue(scan())
    await putList({ eventId: 6, venueId: null, etag: null, list: { ...doorList([], '2026-05-30T00:00:00+07:00'), eventId: 6 }, event: { ...event, id: 6 }, checkedAt: '' })

    expect(await wipeExpired(new Date('2026-05-29T12:00:00+07:00'))).toEqual([])
    expect(await wipeExpired(new Date('2026-05-30T00:00:00+07:00'))).toEqual([6])
    expect(await getList(6)).toBeUndefined()
    expect(await wipeExpired(new Date('2099-01-02T00:00:00+07:00'))).toEqual([5])
    expect(await getList(5)).toBeUndefined()
    expect(await scansOf(5)).toEqual([])
  })
})
