import { afterEach, describe, expect, it } from 'vitest'
import { DEVICE_ID_KEY, deviceId } from './device'

afterEach(() => localStorage.clear())

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

describe('device id', () => {
  it('creates a random UUID once and keeps it under one key', () => {
    const first = deviceId()
    expect(first).toMatch(UUID)
    expect(localStorage.getItem(DEVICE_ID_KEY)).toBe(first)
    expect(deviceId()).toBe(first)
  })

  it('replaces a stored value that is not a UUID', () => {
    localStorage.setItem(DEVICE_ID_KEY, 'tampered')
    const id = deviceId()
    expect(id).toMatch(UUID)
    expect(localStorage.getItem(DEVICE_ID_KEY)).toBe(id)
  })

  it('still answers, the same for the page, when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
    }
    const a = deviceId(refusing)
    expect(a).toMatch(UUID)
    expect(deviceId(refusing)).toBe(a)
  })

  it('makes a UUID without randomUUID (plain HTTP)', () => {
    const store = new Map<string, string>()
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) }
    const original = crypto.randomUUID
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      expect(deviceId(storage)).toMatch(UUID)
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true })
    }
  })
})
