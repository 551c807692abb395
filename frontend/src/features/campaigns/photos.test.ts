import { describe, expect, it } from 'vitest'
import { checkPhoto } from './photos'

describe('report photos', () => {
  it('takes JPEG, PNG and WebP up to 5 MB', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: 1000 })).toBeNull()
    expect(checkPhoto({ type: 'image/webp', size: 5 * 1024 * 1024 })).toBeNull()
    expect(checkPhoto({ type: 'image/gif', size: 1000 })).toBe('photoType')
    expect(checkPhoto({ type: 'image/png', size: 5 * 1024 * 1024 + 1 })).toBe('photoTooLarge')
  })
})
