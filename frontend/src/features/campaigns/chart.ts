/** The geometry of the weekly chart (inline SVG): one bar per week, 0–100 %, a line at the goal. */

export interface WeekPoint {
  weekStart: string
  value: number
}

export interface Bar {
  x: number
  y: number
  width: number
  height: number
  value: number
  weekStart: string
}

export interface ChartBox {
  width: number
  height: number
  /** Room at the bottom for the week labels, on the left for the axis. */
  bottom: number
  left: number
}

/** Values are percentages; anything outside 0–100 (or not a number) is drawn at the edge. */
export function clampPercent(v: number): number {
  return Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0
}

export function weeklyBars(weeks: readonly WeekPoint[], box: ChartBox): Bar[] {
  if (weeks.length === 0) return []
  const plotW = box.width - box.left
  const plotH = box.height - box.bottom
  const slot = plotW / weeks.length
  const barW = Math.max(2, slot * 0.7)
  return weeks.map((w, i) => {
    const h = (clampPercent(w.value) / 100) * plotH
    return {
      x: box.left + i * slot + (slot - barW) / 2,
      y: plotH - h,
      width: barW,
      height: h,
      value: w.value,
      weekStart: w.weekStart,
    }
  })
}

/** The y of a percentage on the plot (the goal line). */
export function yOf(percent: number, box: ChartBox): number {
  return (box.height - box.bottom) * (1 - clampPercent(percent) / 100)
}

/** With many weeks, label every n-th so labels never overlap (about 48 px each). */
export function labelEvery(count: number, plotWidth: number, labelWidth = 48): number {
  if (count <= 0) return 1
  return Math.max(1, Math.ceil((count * labelWidth) / Math.max(1, plotWidth)))
}
