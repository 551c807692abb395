import { describe, expect, it } from 'vitest'
import { retryAfterSeconds } from './public'

describe('Retry-After', () => {
  it('reads seconds, an HTTP date, and falls back to a minute', () => {
    expect(retryAfterSeconds('30')).toBe(30)
    expect(retryAfterSeconds('0')).toBe(1)
    const now = Date.parse('2025-10-20T08:00:00Z')
    expect(retryAfterSeconds('Mon, 20 Oct 2025 08:00:45 GMT', now)).toBe(45)
    expect(retryAfterSeconds(null)).toBe(60)
    expect(retryAfterSeconds('soon')).toBe(60)
  })
})
