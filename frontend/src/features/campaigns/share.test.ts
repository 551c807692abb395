import { describe, expect, it, vi } from 'vitest'
import { shareLink } from './share'

const data = { url: 'https://antoan.cantho.gov.vn/trac-nghiem/abc?unit=THPT-CVL', title: 'Trắc nghiệm: Đố vui', text: 'Thử sức nhé!' }

describe('shareLink', () => {
  it('uses the Web Share API where the browser has it, and copies nothing', async () => {
    const share = vi.fn(async () => undefined)
    const writeText = vi.fn(async () => undefined)
    await expect(shareLink(data, { share, clipboard: { writeText } as unknown as Clipboard })).resolves.toBe('shared')
    expect(share).toHaveBeenCalledWith(data)
    expect(writeText).not.toHaveBeenCalled()
  })

  it('says cancelled when the person closes the share sheet', async () => {
    const share = vi.fn(async () => { throw new DOMException('closed', 'AbortError') })
    const writeText = vi.fn(async () => undefined)
    await expect(shareLink(data, { share, clipboard: { writeText } as unknown as Clipboard })).resolves.toBe('cancelled')
    expect(writeText).not.toHaveBeenCalled()
  })

  it('copies the address where there is no Web Share API (or it cannot share this), and says when even that fails', async () => {
    const writeText = vi.fn(async () => undefined)
    await expect(shareLink(data, { clipboard: { writeText } as unknown as Clipboard })).resolves.toBe('copied')
    expect(writeText).toHaveBeenCalledWith(data.url)
    const share = vi.fn(async () => undefined)
    await expect(shareLink(data, { share, canShare: () => false, clipboard: { writeText } as unknown as Clipboard })).resolves.toBe('copied')
    expect(share).not.toHaveBeenCalled()
    const refused = vi.fn(async () => { throw new Error('denied') })
    await expect(shareLink(data, { clipboard: { writeText: refused } as unknown as Clipboard })).resolves.toBe('failed')
    await expect(shareLink(data, {})).resolves.toBe('failed')
  })
})
