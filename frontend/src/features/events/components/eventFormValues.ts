import type { Dayjs } from 'dayjs'
import type { Event, EventFormat, EventInput } from '@/lib/api/types'
import { fromApiDateTime, toApiDateTime } from '@/lib/format'

export interface VenueValues {
  /** An existing venue to keep; none for a new one. */
  id?: number
  name?: string
  address?: string
  capacity?: number | null
}

export interface EventFormValues {
  title: string
  format: EventFormat
  startsAt?: Dayjs
  endsAt?: Dayjs
  expectedAttendance?: number | null
  chair?: string
  description?: string
  venues: VenueValues[]
  /** Which venue is the main one (the hall); the others are relay points (điểm cầu). */
  mainIndex: number
}

export function newEventValues(): EventFormValues {
  return { title: '', format: 'IN_PERSON', venues: [{}], mainIndex: 0 }
}

export function eventToValues(e: Event): EventFormValues {
  const main = e.venues.findIndex((v) => v.main)
  return {
    title: e.title,
    format: e.format,
    startsAt: fromApiDateTime(e.startsAt),
    endsAt: fromApiDateTime(e.endsAt),
    expectedAttendance: e.expectedAttendance ?? null,
    chair: e.chair ?? undefined,
    description: e.description ?? undefined,
    venues: e.venues.map((v) => ({ id: v.id, name: v.name, address: v.address ?? undefined, capacity: v.capacity ?? null })),
    mainIndex: main < 0 ? 0 : main,
  }
}

function text(v: string | undefined): string | undefined {
  const s = v?.trim()
  return s ? s : undefined
}

export function valuesToEventInput(v: EventFormValues): EventInput {
  // Every row is sent (the form requires a name), so the server's `venues[i]` errors land on row i.
  const venues = v.venues ?? []
  // Exactly one main venue: the chosen one, else the first.
  const mainIndex = v.mainIndex >= 0 && v.mainIndex < venues.length ? v.mainIndex : 0
  return {
    title: v.title.trim(),
    format: v.format,
    startsAt: toApiDateTime(v.startsAt) as string,
    endsAt: toApiDateTime(v.endsAt) as string,
    expectedAttendance: v.expectedAttendance ?? undefined,
    chair: text(v.chair),
    description: text(v.description),
    venues: venues.map((venue, i) => ({
      id: venue.id,
      name: venue.name?.trim() ?? '',
      address: text(venue.address),
      capacity: venue.capacity ?? undefined,
      main: i === mainIndex,
    })),
  }
}

/** Where mainIndex points after removing the venue at `removed`. */
export function mainIndexAfterRemoval(mainIndex: number, removed: number): number {
  if (removed < mainIndex) return mainIndex - 1
  if (removed === mainIndex) return 0
  return mainIndex
}
