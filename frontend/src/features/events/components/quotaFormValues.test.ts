import { describe, expect, it } from 'vitest'
import { toApiDateTime } from '@/lib/format'
import { fakeSystemTime, VIETNAM_0130_ON_5_DECEMBER } from '@/test/clock'
import { defaultDeadline } from './quotaFormValues'

describe('the default deadline of a quota', () => {
  fakeSystemTime(VIETNAM_0130_ON_5_DECEMBER)

  it('is 23:59 in Vietnam on the eve of the event', () => {
    expect(toApiDateTime(defaultDeadline({ startsAt: '2026-12-10T08:00:00+07:00' }))).toBe('2026-12-09T23:59:00+07:00')
    // Tomorrow 07:00 in Vietnam: its eve is Vietnam's today, still ahead.
    expect(toApiDateTime(defaultDeadline({ startsAt: '2026-12-06T00:00:00Z' }))).toBe('2026-12-05T23:59:00+07:00')
  })

  it("is a week from Vietnam's today once that eve has passed", () => {
    expect(toApiDateTime(defaultDeadline({ startsAt: '2026-12-05T08:00:00+07:00' }))).toBe('2026-12-12T23:59:00+07:00')
  })
})
