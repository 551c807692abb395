import { describe, expect, it } from 'vitest'
import {
  clampOffset,
  clampZoom,
  coverScale,
  framedFileName,
  MAX_ZOOM,
  offsetAfterZoom,
  placement,
  screenToCanvas,
  zoomByWheel,
} from './frame'

const square = { width: 1000, height: 1000 }

describe('framing geometry', () => {
  it('scales a photo so its shorter side fills the frame', () => {
    expect(coverScale({ width: 2000, height: 1000 }, square)).toBe(1)
    expect(coverScale({ width: 500, height: 250 }, square)).toBe(4)
    expect(coverScale({ width: 400, height: 800 }, square)).toBe(2.5)
    expect(coverScale({ width: 0, height: 0 }, square)).toBe(1)
  })

  it('centres a landscape photo and covers the whole square', () => {
    expect(placement({ width: 2000, height: 1000 }, square, 1, { x: 0, y: 0 })).toEqual({
      x: -500,
      y: 0,
      width: 2000,
      height: 1000,
    })
  })

  it('lets the photo move only as far as it overhangs, never leaving a gap', () => {
    const photo = { width: 2000, height: 1000 }
    expect(clampOffset({ x: 900, y: 40 }, photo, square, 1)).toEqual({ x: 500, y: 0 })
    expect(clampOffset({ x: -900, y: 0 }, photo, square, 1)).toEqual({ x: -500, y: 0 })
    // Zoomed twice, it overhangs 1500 across and 500 down.
    expect(clampOffset({ x: 2000, y: -900 }, photo, square, 2)).toEqual({ x: 1500, y: -500 })
    const p = placement(photo, square, 2, { x: 2000, y: -900 })
    expect(p.x).toBeLessThanOrEqual(0)
    expect(p.y).toBeLessThanOrEqual(0)
    expect(p.x + p.width).toBeGreaterThanOrEqual(square.width)
    expect(p.y + p.height).toBeGreaterThanOrEqual(square.height)
  })

  it('keeps the zoom between covering and four times that', () => {
    expect(clampZoom(0.2)).toBe(1)
    expect(clampZoom(10)).toBe(MAX_ZOOM)
    expect(clampZoom(Number.NaN)).toBe(1)
    expect(zoomByWheel(1, 100)).toBe(1)
    expect(zoomByWheel(2, -100)).toBeCloseTo(2 * Math.exp(0.1))
    expect(zoomByWheel(2, 100)).toBeLessThan(2)
  })

  it('scales the offset with the zoom so the same spot stays under the frame', () => {
    expect(offsetAfterZoom({ x: 100, y: -50 }, 1, 2)).toEqual({ x: 200, y: -100 })
    expect(offsetAfterZoom({ x: 100, y: -50 }, 2, 1)).toEqual({ x: 50, y: -25 })
  })

  it('turns a drag on the shown canvas into canvas pixels', () => {
    expect(screenToCanvas({ x: 10, y: -5 }, 360, 1080)).toEqual({ x: 30, y: -15 })
    expect(screenToCanvas({ x: 10, y: 5 }, 0, 1080)).toEqual({ x: 10, y: 5 })
  })

  it('names the file after the campaign without diacritics', () => {
    expect(framedFileName('Không một mình – Cùng nhau an toàn trực tuyến')).toBe(
      'khung-khong-mot-minh-cung-nhau-an-toan-truc-tuyen.png',
    )
    expect(framedFileName('Đoàn kết')).toBe('khung-doan-ket.png')
    expect(framedFileName('!!!')).toBe('khung-anh.png')
  })
})
