import { describe, expect, it } from 'vitest'
import { clampPercent, labelEvery, weeklyBars, yOf } from './chart'

const box = { width: 440, height: 220, bottom: 20, left: 40 }

describe('weekly chart', () => {
  it('draws one bar per week, as tall as its percentage of the plot', () => {
    const bars = weeklyBars(
      [
        { weekStart: '2025-10-06', value: 0 },
        { weekStart: '2025-10-13', value: 50 },
        { weekStart: '2025-10-20', value: 100 },
        { weekStart: '2025-10-27', value: 140 },
      ],
      box,
    )
    expect(bars.map((b) => b.height)).toEqual([0, 100, 200, 200])
    expect(bars.map((b) => b.y)).toEqual([200, 100, 0, 0])
    // 400 px for 4 weeks: 100 each, bars 70 wide centred in their slot.
    expect(bars[0].x).toBe(55)
    expect(bars[1].x).toBe(155)
    expect(bars[0].width).toBe(70)
  })

  it('draws nothing for no weeks, and the goal line at its height', () => {
    expect(weeklyBars([], box)).toEqual([])
    expect(yOf(100, box)).toBe(0)
    expect(yOf(80, box)).toBeCloseTo(40)
    expect(clampPercent(Number.NaN)).toBe(0)
  })

  it('labels every week when they fit, fewer when they do not', () => {
    expect(labelEvery(8, 400)).toBe(1)
    expect(labelEvery(30, 400)).toBe(4)
    expect(labelEvery(0, 400)).toBe(1)
  })
})
