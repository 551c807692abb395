import { isApiError } from '@/lib/api/problem'
import { scansOf, updateScans, type QueuedScan } from './store'
import type { CheckInSyncRequest, CheckInSyncResult, SyncScan } from './types'

/** The most scans one POST check-ins/sync takes. */
export const SYNC_BATCH = 200

export type SyncOutcome =
  /** Every pending scan has its server verdict (or there was none). */
  | { kind: 'done'; sent: number }
  /** No network: the scans stay queued. */
  | { kind: 'offline'; sent: number }
  /** The server refused some scans as a whole (marked refused) or could not be reached properly. */
  | { kind: 'failed'; sent: number; status: number; title?: string }

/** What the server is sent for a queued scan: exactly one of token / code / attendeeId. */
export function toSyncScan(s: QueuedScan): SyncScan {
  const base = { nonce: s.nonce, scannedAt: s.scannedAt, method: s.method }
  if (s.attendeeId != null) return { ...base, attendeeId: s.attendeeId }
  if (s.code) return { ...base, code: s.code }
  return { ...base, token: s.token }
}

/** Pending scans in batches that share a venue and a door label (one request names one door). */
export function batches(pending: readonly QueuedScan[]): QueuedScan[][] {
  const groups = new Map<string, QueuedScan[]>()
  for (const s of pending) {
    const key = `${s.venueId ?? ''}|${s.doorLabel ?? ''}`
    const g = groups.get(key) ?? []
    g.push(s)
    groups.set(key, g)
  }
  const out: QueuedScan[][] = []
  for (const g of groups.values()) for (let i = 0; i < g.length; i += SYNC_BATCH) out.push(g.slice(i, i + SYNC_BATCH))
  return out
}

const running = new Map<number, Promise<SyncOutcome>>()

/**
 * Sends the event's pending scans and writes each one's verdict back. Safe to call often (on reconnect,
 * on a timer, after each offline scan): one sync per event at a time, and a replayed batch changes nothing
 * on the server (the nonce).
 */
export function syncQueue(eventId: number, send: (body: CheckInSyncRequest) => Promise<CheckInSyncResult>): Promise<SyncOutcome> {
  const current = running.get(eventId)
  if (current) return current
  const p = doSync(eventId, send).finally(() => running.delete(eventId))
  running.set(eventId, p)
  return p
}

async function doSync(eventId: number, send: (body: CheckInSyncRequest) => Promise<CheckInSyncResult>): Promise<SyncOutcome> {
  const pending = (await scansOf(eventId)).filter((s) => s.state === 'pending')
  let sent = 0
  for (const batch of batches(pending)) {
    const body: CheckInSyncRequest = {
      venueId: batch[0].venueId ?? undefined,
      ...(batch[0].doorLabel ? { doorLabel: batch[0].doorLabel } : {}),
      scans: batch.map(toSyncScan),
    }
    let answer: CheckInSyncResult
    try {
      answer = await send(body)
    } catch (e) {
      if (!isApiError(e) || e.status === 0) return { kind: 'offline', sent }
      if (e.status === 400 || e.status === 422) {
        // Refused as a whole, nothing recorded: the scans named in the field errors will never pass, so they
        // leave the queue as refused (with the reason); the others are sent again next time.
        const named = new Map<number, string>()
        for (const f of e.fieldErrors) {
          const m = /^scans\[(\d+)\]/.exec(f.field ?? '')
          if (m) named.set(Number(m[1]), f.message ?? e.problem.title ?? '')
        }
        const refused = named.size > 0 ? [...named].map(([i, msg]) => ({ ...batch[i], state: 'refused' as const, error: msg })) : batch.map((s) => ({ ...s, state: 'refused' as const, error: e.problem.title ?? '' }))
        await updateScans(refused.filter((s) => s.nonce))
      }
      return { kind: 'failed', sent, status: e.status, title: e.problem.title ?? undefined }
    }
    const byNonce = new Map(answer.results.map((r) => [r.nonce, r]))
    await updateScans(batch.map((s) => (byNonce.has(s.nonce) ? { ...s, state: 'synced' as const, result: byNonce.get(s.nonce) } : s)))
    sent += batch.length
  }
  return { kind: 'done', sent }
}
