/**
 * A fresh Idempotency-Key for one request meant once: a retry after a lost response replays it
 * instead of creating a second record. randomUUID needs a secure context; plain HTTP falls back.
 */
export function newIdempotencyKey(prefix = 'spa'): string {
  const c = globalThis.crypto
  const random =
    c && typeof c.randomUUID === 'function'
      ? c.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
  return `${prefix}-${random}`
}
