/**
 * One random id per browser, so the server counts a phone's frame download or quiz attempt once
 * without knowing who holds the phone. Kept in localStorage under one key; a private window that
 * refuses storage gets a fresh id per page (counted at most once per page then).
 */
export const DEVICE_ID_KEY = 'cantho.deviceId'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function randomUuid(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  // Plain HTTP (no secure context): a v4 UUID from getRandomValues, or Math.random at worst.
  const bytes = new Uint8Array(16)
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes)
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

let fallback: string | undefined

/** The browser's device id, created on first use. */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage()): string {
  try {
    const stored = storage?.getItem(DEVICE_ID_KEY)
    if (stored && UUID.test(stored)) return stored
    const id = randomUuid()
    storage?.setItem(DEVICE_ID_KEY, id)
    if (storage) return id
  } catch {
    // storage refused (private mode, quota): keep one id for this page
  }
  fallback ??= randomUuid()
  return fallback
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
