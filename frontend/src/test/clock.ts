import { afterEach, beforeEach, vi } from 'vitest'

/** 01:30 on 5 December 2026 in Vietnam; still 10:30 on 4 December in the tests' zone (Los Angeles). */
export const VIETNAM_0130_ON_5_DECEMBER = '2026-12-04T18:30:00Z'

/** Fakes the system time (Date only; timers keep running) for each test of the enclosing block. */
export function fakeSystemTime(instant: string) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(instant))
  })
  afterEach(() => {
    vi.useRealTimers()
  })
}
