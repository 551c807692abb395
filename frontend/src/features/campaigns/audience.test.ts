import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import { AUDIENCE_KEY, isWindowClosed, storeAudience, storedAudience } from './audience'

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

describe('the public pages remember who acted', () => {
  it('keeps the choice under one key for the other pages', () => {
    const storage = memory()
    expect(storedAudience(storage)).toBeUndefined()
    storeAudience('PARENTS', storage)
    expect(storage.data.get(AUDIENCE_KEY)).toBe('PARENTS')
    expect(storedAudience(storage)).toBe('PARENTS')
    storeAudience('OTHER', storage)
    expect(storedAudience(storage)).toBe('OTHER')
  })

  it('ignores what is not one of the audiences, and a browser that refuses storage', () => {
    const storage = memory()
    storage.setItem(AUDIENCE_KEY, 'ADMINS')
    expect(storedAudience(storage)).toBeUndefined()
    const refusing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(storedAudience(refusing)).toBeUndefined()
    expect(() => storeAudience('PUPILS', refusing)).not.toThrow()
    expect(storedAudience(undefined)).toBeUndefined()
  })

  it('tells a closed campaign window (409 window-closed) from other refusals', () => {
    const closed = new ApiError(409, { type: '/problems/window-closed', title: 'Ngoài thời gian', status: 409, code: 'window-closed', detail: 'Chiến dịch đã kết thúc ngày 30/11/2025.' } as never)
    const other = new ApiError(409, { type: '/problems/conflict', title: 'Xung đột', status: 409 } as never)
    expect(isWindowClosed(closed)).toBe(true)
    expect(isWindowClosed(other)).toBe(false)
    expect(isWindowClosed(new Error('x'))).toBe(false)
  })
})
