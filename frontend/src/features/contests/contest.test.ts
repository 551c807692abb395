import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { contestLink, contestPhase, hasWork, PHONE } from './contest'

describe('contests', () => {
  const now = dayjs('2025-11-01T10:00:00+07:00')

  it('says where a contest stands: the window is the server’s, publication ends it', () => {
    expect(contestPhase({ open: false, opensAt: '2025-11-10T07:00:00+07:00', published: false }, now)).toBe('UPCOMING')
    expect(contestPhase({ open: true, opensAt: '2025-10-20T07:00:00+07:00', published: false }, now)).toBe('OPEN')
    expect(contestPhase({ open: false, opensAt: '2025-10-01T07:00:00+07:00', published: false }, now)).toBe('CLOSED')
    expect(contestPhase({ open: false, opensAt: '2025-10-01T07:00:00+07:00', published: true }, now)).toBe('PUBLISHED')
  })

  it('links the public page, with the school code filled in for a school', () => {
    expect(contestLink('7')).toBe(`${window.location.origin}/cuoc-thi/7`)
    expect(contestLink('7', 'THPT-CHAUVANLIEM')).toBe(`${window.location.origin}/cuoc-thi/7?school=THPT-CHAUVANLIEM`)
  })

  it('needs the work as a link or as text, and checks phones as the API does', () => {
    expect(hasWork(' ', undefined)).toBe(false)
    expect(hasWork('https://drive.example.vn/a', undefined)).toBe(true)
    expect(hasWork(undefined, 'Bài viết')).toBe(true)
    expect(PHONE.test('0912 345 678')).toBe(true)
    expect(PHONE.test('+84 (292) 3.820.123')).toBe(true)
    expect(PHONE.test('gọi mình')).toBe(false)
    expect(PHONE.test('0912')).toBe(false)
  })
})
