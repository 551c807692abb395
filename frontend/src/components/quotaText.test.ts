import { describe, expect, it } from 'vitest'
import { inVietnam } from '@/lib/clock'
import i18n from '@/lib/i18n'
import { effectiveDeadline, quotaDeadlineText, quotaFilledText, quotaFull, quotaSummaryText } from './quotaText'

const t = i18n.t.bind(i18n)
// 09:00 in Vietnam; the API's timestamps without an offset are Vietnam's wall time too.
const now = inVietnam('2026-05-25T09:00:00')

function quota(over: Partial<Parameters<typeof quotaSummaryText>[1]> = {}) {
  return { filled: 12, count: 20, deadline: '2026-05-28T23:59:59', extendedUntil: undefined, locked: false, ...over }
}

describe('a quota in words', () => {
  it('says how far it is filled and how long is left', () => {
    expect(quotaSummaryText(t, quota(), now)).toBe('12/20 — hạn 28/05/2026 (còn 3 ngày)')
  })

  it('says "đã khóa" once past the deadline', () => {
    expect(quotaSummaryText(t, quota({ locked: true }), now)).toBe('12/20 — đã khóa')
    // The server's flag may lag a little behind the clock.
    expect(quotaDeadlineText(t, quota({ deadline: '2026-05-25T08:00:00' }), now).text).toBe('đã khóa')
  })

  it('counts down to the extension when there is one', () => {
    const extended = quota({ deadline: '2026-05-20T23:59:59', extendedUntil: '2026-05-25T17:00:00' })
    expect(effectiveDeadline(extended)).toBe('2026-05-25T17:00:00')
    expect(quotaDeadlineText(t, extended, now)).toEqual({ text: 'gia hạn đến 25/05/2026 (hạn hôm nay)', tone: 'today' })
  })

  it('has no denominator without a number', () => {
    expect(quotaFilledText(t, { filled: 7, count: undefined })).toBe('7 (không giới hạn)')
    expect(quotaFull({ filled: 700, count: undefined })).toBe(false)
    expect(quotaFull({ filled: 20, count: 20 })).toBe(true)
  })

  it('marks a near deadline as soon and a far one as later', () => {
    expect(quotaDeadlineText(t, quota(), now).tone).toBe('soon')
    expect(quotaDeadlineText(t, quota({ deadline: '2026-06-10T23:59:59' }), now).tone).toBe('later')
  })
})
