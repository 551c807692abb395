import type { TFunction } from 'i18next'
import { isApiError } from '@/lib/api/problem'
import type { CheckInResult, VenueCount } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import type { OfflineAnswer } from './door/useDoor'

/** What the door screen shows after a scan or a click: green, amber or red. */
export type DoorResult =
  | {
      kind: 'ok' | 'repeat'
      title: string
      name: string
      position?: string
      organization: string
      category: string
      venueName?: string
      time: string
      /** The delegate is seated at another venue than this door's: admitted, and the door is told. */
      warning?: string
      seatVenueName?: string
      /** Judged by the phone with the network down: recorded in the queue, the server's verdict follows. */
      offline?: boolean
    }
  | { kind: 'refused'; title: string; detail?: string }

/** 201 CHECKED_IN → green "Điểm danh thành công lúc 07:52"; 200 ALREADY_CHECKED_IN → amber "Đã điểm danh lúc 07:52". */
export function resultFromResponse(t: TFunction, r: CheckInResult): DoorResult {
  const time = formatTime(r.checkedInAt)
  const repeat = r.outcome === 'ALREADY_CHECKED_IN'
  return {
    kind: repeat ? 'repeat' : 'ok',
    title: repeat ? t('checkin.already', { time }) : t('checkin.ok', { time }),
    name: r.fullName,
    position: r.position ?? undefined,
    organization: r.organization,
    category: r.category,
    venueName: r.venueName ?? undefined,
    time,
    warning: r.warning || undefined,
    seatVenueName: r.seatVenueName ?? undefined,
  }
}

/**
 * A refusal in red with the server's words: not admissible (cancelled, declined, replaced, another
 * event's invitation), an unknown code, or why the call failed.
 */
export function resultFromError(t: TFunction, e: unknown): DoorResult {
  if (!isApiError(e)) return { kind: 'refused', title: t('errors.unexpected') }
  if (e.status === 0) return { kind: 'refused', title: t('errors.network'), detail: t('checkin.networkHint') }
  if (e.status === 404) {
    return { kind: 'refused', title: t('checkin.unknownCode'), detail: e.problem.detail ?? e.problem.title ?? undefined }
  }
  return {
    kind: 'refused',
    title: e.problem.title || t('errors.http', { status: e.status }),
    detail: e.problem.detail ?? undefined,
  }
}

/**
 * The invitation token in what the camera read: the QR may hold the bare token or a link that
 * carries it (?token=… or as the last path segment).
 */
export function tokenFromScan(text: string): string {
  const raw = text.trim()
  if (!/^https?:\/\//i.test(raw)) return raw
  try {
    const url = new URL(raw)
    const param = url.searchParams.get('token') ?? url.searchParams.get('t')
    if (param) return param.trim()
    const last = url.pathname.split('/').filter(Boolean).pop()
    return last ? decodeURIComponent(last) : raw
  } catch {
    return raw
  }
}

/** "12/275", the share as a whole percent for the bar (0 when nobody is expected). */
export function counterPercent(checkedIn: number, expected: number): number {
  if (expected <= 0) return 0
  return Math.min(100, Math.round((checkedIn / expected) * 100))
}

/** The reconciliation's columns, in the order the organisers read them. */
export const RECONCILIATION_FIGURES = ['expected', 'checkedIn', 'arrivedElsewhere', 'absent', 'cameInFromElsewhere'] as const
export type ReconciliationFigure = (typeof RECONCILIATION_FIGURES)[number]

/** Sums of each column over the venues (a figure the server left out counts as 0). */
export function reconciliationTotals(venues: readonly VenueCount[]): Record<ReconciliationFigure, number> {
  const totals = { expected: 0, checkedIn: 0, arrivedElsewhere: 0, absent: 0, cameInFromElsewhere: 0 }
  for (const v of venues) for (const f of RECONCILIATION_FIGURES) totals[f] += v[f] ?? 0
  return totals
}

/** The door's answer to an offline judgement (null: no list on this phone). */
export function resultFromLocal(
  t: TFunction,
  a: OfflineAnswer | null,
  venues: readonly { id: number; name: string }[],
): DoorResult {
  if (!a) return { kind: 'refused', title: t('checkin.door.noListRefused'), detail: t('checkin.door.noListHint') }
  const e = a.entry
  if (a.verdict === 'UNKNOWN' || !e) {
    return { kind: 'refused', title: t('checkin.door.unknown'), detail: t('checkin.door.unknownHint') }
  }
  const venueName = (id: number | null | undefined) => venues.find((v) => v.id === id)?.name
  const base = {
    name: e.fullName,
    position: e.position ?? undefined,
    organization: e.organization,
    category: e.category,
    seatVenueName: e.seatVenueName ?? undefined,
    offline: true,
  }
  if (a.verdict === 'REPEAT') {
    const time = formatTime(a.admittedAt)
    return { ...base, kind: 'repeat', title: t('checkin.already', { time }), time, venueName: venueName(a.admittedVenueId) }
  }
  const time = formatTime(a.scannedAt)
  return {
    ...base,
    kind: 'ok',
    title: t('checkin.door.offlineOk', { time }),
    time,
    warning: a.verdict === 'ADMIT_ELSEWHERE' ? t('checkin.door.seatedElsewhere', { venue: e.seatVenueName ?? '' }) : undefined,
  }
}
