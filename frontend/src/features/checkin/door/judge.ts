import { normaliseShortCode } from '../shortCode'
import type { DoorEntry } from './types'

/**
 * The door's own judgement when the network is gone, from the list downloaded when the door opened and
 * the scans this phone has made since: the same answers as the server's, as far as the list can tell.
 */
export type LocalVerdict =
  /** In the list, not admitted yet, seated here (or nowhere in particular): let in. */
  | 'ADMIT'
  /** In the list, seated at another venue: let in (as online) and tell where the seat is. */
  | 'ADMIT_ELSEWHERE'
  /** Already admitted (here or at another door the list knows of): say when. */
  | 'REPEAT'
  /** Not in the list: an unknown invitation, or one that is not admissible (cancelled, replaced, …). */
  | 'UNKNOWN'

/** An admission this phone knows of: from the list (the server's) or from its own queue. */
export interface KnownAdmission {
  at: string
  venueId: number | null
}

export interface Judgement {
  verdict: LocalVerdict
  entry?: DoorEntry
  /** For a repeat: when and where the first admission was. */
  admittedAt?: string
  admittedVenueId?: number | null
}

/** "Nguyễn  Văn Đức" → "nguyen van duc": lower case, diacritics folded, đ → d, single spaces (as the list's nameKey). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The delegates whose name holds every typed word (diacritics or not, any order: "duc nguyen" finds
 * "Nguyễn Văn Đức"), a word matching the start of a name's word; closest first, at most `limit`.
 */
export function searchEntries(entries: readonly DoorEntry[], query: string, limit = 10): DoorEntry[] {
  const words = foldName(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const hits: { entry: DoorEntry; score: number }[] = []
  for (const entry of entries) {
    const nameWords = (entry.nameKey || foldName(entry.fullName)).split(' ')
    let score = 0
    let all = true
    for (const w of words) {
      if (nameWords.includes(w)) score += 2
      else if (nameWords.some((n) => n.startsWith(w))) score += 1
      else {
        all = false
        break
      }
    }
    if (all) hits.push({ entry, score })
  }
  hits.sort((a, b) => b.score - a.score || a.entry.nameKey.localeCompare(b.entry.nameKey))
  return hits.slice(0, limit).map((h) => h.entry)
}

/** Lowercase hex SHA-256 of the token's UTF-8, as the list's tokenHash. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The list's entry for a scanned token, a typed short code or a picked delegate. */
export async function findEntry(
  entries: readonly DoorEntry[],
  key: { token: string } | { code: string } | { attendeeId: number },
): Promise<DoorEntry | undefined> {
  if ('attendeeId' in key) return entries.find((e) => e.attendeeId === key.attendeeId)
  if ('code' in key) {
    const code = normaliseShortCode(key.code)
    return entries.find((e) => normaliseShortCode(e.shortCode) === code)
  }
  const hash = await sha256Hex(key.token)
  return entries.find((e) => e.tokenHash === hash)
}

/**
 * Judges a delegate at this door: `known` holds the admissions the phone knows of beyond the list's own
 * checkedInAt (its queue), the earliest per delegate.
 */
export function judge(
  entry: DoorEntry | undefined,
  doorVenueId: number | null | undefined,
  known: ReadonlyMap<number, KnownAdmission>,
): Judgement {
  if (!entry) return { verdict: 'UNKNOWN' }
  const mine = known.get(entry.attendeeId)
  const listed = entry.checkedInAt ? { at: entry.checkedInAt, venueId: entry.checkedInVenueId ?? null } : undefined
  const first = [listed, mine].filter((a): a is KnownAdmission => !!a).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0]
  if (first) return { verdict: 'REPEAT', entry, admittedAt: first.at, admittedVenueId: first.venueId }
  const seatedElsewhere = entry.seatVenueId != null && doorVenueId != null && entry.seatVenueId !== doorVenueId
  return { verdict: seatedElsewhere ? 'ADMIT_ELSEWHERE' : 'ADMIT', entry }
}
