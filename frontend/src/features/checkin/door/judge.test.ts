import { describe, expect, it } from 'vitest'
import { entry } from './fixtures.test-util'
import { findEntry, foldName, judge, searchEntries, sha256Hex, type KnownAdmission } from './judge'

const none = new Map<number, KnownAdmission>()

describe('the door judging offline', () => {
  it('folds names as the server does: no diacritics, đ → d, lower case, single spaces', () => {
    expect(foldName('  Nguyễn   Văn ĐỨC ')).toBe('nguyen van duc')
    expect(foldName('Trần Thị Ánh Dương')).toBe('tran thi anh duong')
  })

  it('finds a name without diacritics, in any word order, a word matching the start of a name', () => {
    const list = [
      entry(1, 'Nguyễn Văn Đức', 'nguyen van duc'),
      entry(2, 'Trần Thị Ánh Dương', 'tran thi anh duong'),
      entry(3, 'Đức Nguyễn Hoàng', 'duc nguyen hoang'),
    ]
    expect(searchEntries(list, 'duc nguyen').map((e) => e.attendeeId)).toEqual([3, 1])
    expect(searchEntries(list, 'Đức Ng').map((e) => e.attendeeId)).toEqual([3, 1])
    expect(searchEntries(list, 'duong tran').map((e) => e.attendeeId)).toEqual([2])
    expect(searchEntries(list, 'an')).toEqual([expect.objectContaining({ attendeeId: 2 })])
    expect(searchEntries(list, 'le')).toEqual([])
    expect(searchEntries(list, '  ')).toEqual([])
  })

  it('recognises a QR by the SHA-256 of its token, a short code in any formatting, a picked delegate', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    const list = [entry(1, 'A', 'a', { tokenHash: await sha256Hex('tok-1'), shortCode: 'K7M-4QX-9TB' }), entry(2, 'B', 'b')]
    expect((await findEntry(list, { token: 'tok-1' }))?.attendeeId).toBe(1)
    expect(await findEntry(list, { token: 'tok-2' })).toBeUndefined()
    expect((await findEntry(list, { code: 'k7m4qx9tb' }))?.attendeeId).toBe(1)
    expect((await findEntry(list, { attendeeId: 2 }))?.attendeeId).toBe(2)
  })

  it('admits, warns about a seat elsewhere, says when for a repeat, and knows no stranger', () => {
    const here = entry(1, 'A', 'a')
    const seatedElsewhere = entry(2, 'B', 'b', { seatVenueId: 12, seatVenueName: 'Điểm cầu Ninh Kiều' })
    const noSeat = entry(3, 'C', 'c', { seatVenueId: undefined, seatVenueName: undefined })
    const inElsewhere = entry(4, 'D', 'd', { checkedInAt: '2026-05-29T07:40:00+07:00', checkedInVenueId: 12 })
    expect(judge(here, 11, none).verdict).toBe('ADMIT')
    expect(judge(noSeat, 11, none).verdict).toBe('ADMIT')
    expect(judge(seatedElsewhere, 11, none).verdict).toBe('ADMIT_ELSEWHERE')
    expect(judge(inElsewhere, 11, none)).toMatchObject({ verdict: 'REPEAT', admittedAt: '2026-05-29T07:40:00+07:00', admittedVenueId: 12 })
    expect(judge(undefined, 11, none).verdict).toBe('UNKNOWN')
    const queued = new Map([[1, { at: '2026-05-29T07:50:00+07:00', venueId: 11 }]])
    expect(judge(here, 11, queued)).toMatchObject({ verdict: 'REPEAT', admittedAt: '2026-05-29T07:50:00+07:00', admittedVenueId: 11 })
    // the earlier of the list's and the queue's admission is the one that stands
    const both = new Map([[4, { at: '2026-05-29T07:45:00+07:00', venueId: 11 }]])
    expect(judge(inElsewhere, 11, both)).toMatchObject({ admittedAt: '2026-05-29T07:40:00+07:00', admittedVenueId: 12 })
  })
})
