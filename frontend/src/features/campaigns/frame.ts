/**
 * The geometry of framing a photo under the campaign frame, kept apart from the canvas so it can
 * be tested: the photo always covers the whole square (no empty corner under the frame), the
 * person scales it from "just covering" up to MAX_ZOOM and drags it, never past its edges.
 */

export interface Size {
  width: number
  height: number
}

export interface Offset {
  x: number
  y: number
}

/** Where the photo is drawn on the canvas, in canvas pixels. */
export interface Placement {
  x: number
  y: number
  width: number
  height: number
}

export const MIN_ZOOM = 1
export const MAX_ZOOM = 4
/** The canvas side when there is no frame image to take the size from. */
export const DEFAULT_SIDE = 1080

/** The scale at which the photo just covers the canvas (the shorter side fills it). */
export function coverScale(photo: Size, canvas: Size): number {
  if (photo.width <= 0 || photo.height <= 0) return 1
  return Math.max(canvas.width / photo.width, canvas.height / photo.height)
}

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return MIN_ZOOM
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

/** The drawn size of the photo at a zoom. */
export function drawnSize(photo: Size, canvas: Size, zoom: number): Size {
  const s = coverScale(photo, canvas) * clampZoom(zoom)
  return { width: photo.width * s, height: photo.height * s }
}

/**
 * Keeps the photo's centre offset (from the canvas centre) within what leaves no gap:
 * at most half of what the drawn photo exceeds the canvas by, on each axis.
 */
export function clampOffset(offset: Offset, photo: Size, canvas: Size, zoom: number): Offset {
  const d = drawnSize(photo, canvas, zoom)
  const maxX = Math.max(0, (d.width - canvas.width) / 2)
  const maxY = Math.max(0, (d.height - canvas.height) / 2)
  const clamp = (v: number, max: number) => (Number.isFinite(v) ? Math.min(max, Math.max(-max, v)) : 0)
  // Normalise -0 to 0, so a centred photo compares equal to { x: 0, y: 0 }.
  return { x: clamp(offset.x, maxX) + 0, y: clamp(offset.y, maxY) + 0 }
}

/** The rectangle to draw the photo into, after clamping zoom and offset. */
export function placement(photo: Size, canvas: Size, zoom: number, offset: Offset): Placement {
  const d = drawnSize(photo, canvas, zoom)
  const o = clampOffset(offset, photo, canvas, zoom)
  return {
    x: (canvas.width - d.width) / 2 + o.x,
    y: (canvas.height - d.height) / 2 + o.y,
    width: d.width,
    height: d.height,
  }
}

/**
 * A pointer's movement on screen in canvas pixels: the canvas is drawn at its full resolution
 * but shown smaller (CSS), so a drag of 10 screen pixels moves the photo by more.
 */
export function screenToCanvas(delta: Offset, shownWidth: number, canvasWidth: number): Offset {
  const ratio = shownWidth > 0 ? canvasWidth / shownWidth : 1
  return { x: delta.x * ratio, y: delta.y * ratio }
}

/** One notch of the mouse wheel (deltaY ≈ ±100) zooms by about 10%, up or down. */
export function zoomByWheel(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY / 1000))
}

/**
 * Keeps the point under the pointer steady while zooming: the offset scales with the zoom, so the
 * part of the face one looked at stays under the frame's opening.
 */
export function offsetAfterZoom(offset: Offset, from: number, to: number): Offset {
  const f = clampZoom(from)
  const r = clampZoom(to) / f
  return { x: offset.x * r, y: offset.y * r }
}

/** The downloaded file's name: "khung-khong-mot-minh.png" from the campaign's name. */
export function framedFileName(campaignName: string): string {
  const slug = campaignName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `khung-${slug || 'anh'}.png`
}
