import type { DoorEntry, DoorList } from './types'

/** A door list as the server sends it (two venues; the test's door is venue 11). */
export function entry(attendeeId: number, fullName: string, nameKey: string, extra: Partial<DoorEntry> = {}): DoorEntry {
  return {
    attendeeId,
    fullName,
    nameKey,
    organization: 'Sở Giáo dục và Đào tạo',
    category: 'Đại biểu',
    shortCode: 'ABC-DEF-GHJ',
    tokenHash: '',
    seatVenueId: 11,
    seatVenueName: 'Hội trường Công an thành phố',
    ...extra,
  }
}

export function doorList(entries: DoorEntry[], wipeAfter = '2099-01-01T00:00:00+07:00'): DoorList {
  return {
    eventId: 5,
    eventTitle: 'Lễ phát động',
    startsAt: '2026-05-29T08:00:00+07:00',
    wipeAfter,
    asOf: '2026-05-29T06:30:00+07:00',
    venueId: 11,
    entries,
  }
}
