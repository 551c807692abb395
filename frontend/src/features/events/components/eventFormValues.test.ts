import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { eventToValues, mainIndexAfterRemoval, valuesToEventInput } from './eventFormValues'

describe('event form', () => {
  it('marks exactly one main venue and keeps the ids of existing ones', () => {
    const input = valuesToEventInput({
      title: ' Lễ phát động ',
      format: 'LIVE_RELAY',
      startsAt: dayjs('2026-05-29T08:00:00'),
      endsAt: dayjs('2026-05-29T11:30:00'),
      expectedAttendance: 275,
      venues: [{ id: 4, name: 'Hội trường Công an thành phố' }, { name: ' Điểm cầu phường Ninh Kiều ', capacity: 80 }],
      mainIndex: 0,
    })
    expect(input.title).toBe('Lễ phát động')
    expect(input.venues).toEqual([
      { id: 4, name: 'Hội trường Công an thành phố', address: undefined, capacity: undefined, main: true },
      { id: undefined, name: 'Điểm cầu phường Ninh Kiều', address: undefined, capacity: 80, main: false },
    ])
    expect(input.startsAt).toBe('2026-05-29T08:00:00+07:00')
  })

  it('falls back to the first venue when the chosen main one is gone', () => {
    const input = valuesToEventInput({ title: 'x', format: 'IN_PERSON', venues: [{ name: 'A' }, { name: 'B' }], mainIndex: 5 })
    expect(input.venues?.map((v) => v.main)).toEqual([true, false])
  })

  it('keeps pointing at the same main venue when another row is removed', () => {
    expect(mainIndexAfterRemoval(2, 0)).toBe(1)
    expect(mainIndexAfterRemoval(2, 3)).toBe(2)
    expect(mainIndexAfterRemoval(2, 2)).toBe(0)
  })

  it('opens an event with its main venue chosen', () => {
    const values = eventToValues({
      id: 1,
      planId: 2,
      planReference: '120/KH-UBND',
      title: 'Lễ phát động',
      startsAt: '2026-05-29T08:00:00',
      endsAt: '2026-05-29T11:30:00',
      format: 'LIVE_RELAY',
      venues: [
        { id: 8, name: 'Điểm cầu', main: false },
        { id: 9, name: 'Hội trường', main: true },
      ],
      version: 0,
      canManage: true,
    })
    expect(values.mainIndex).toBe(1)
    expect(values.startsAt?.format('HH:mm')).toBe('08:00')
  })
})
