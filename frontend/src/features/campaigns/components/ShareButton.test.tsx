import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/test/render'
import { ShareButton } from './ShareButton'

afterEach(() => vi.unstubAllGlobals())

const data = { url: 'https://antoan.cantho.gov.vn/khung-anh/abc?unit=THPT-CVL', title: 'Khung ảnh đại diện – Không một mình', text: 'Cùng thay ảnh đại diện nhé!' }

describe('the share button of the public pages', () => {
  it('opens the phone’s share sheet with the page’s address, title and text', async () => {
    const user = userEvent.setup()
    const share = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { ...navigator, share })
    renderWithProviders(<ShareButton data={data} />)
    await user.click(screen.getByRole('button', { name: /Chia sẻ/ }))
    await waitFor(() => expect(share).toHaveBeenCalledWith(data))
  })

  it('copies the address where the browser cannot share, and says so', async () => {
    // user-event puts its own clipboard on the navigator: set it up first, then the browser without Web Share
    const user = userEvent.setup()
    const writeText = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } })
    renderWithProviders(<ShareButton data={data} />)
    await user.click(screen.getByRole('button', { name: /Chia sẻ/ }))
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(data.url))
    expect(await screen.findByText('Đã chép đường dẫn, hãy dán vào tin nhắn hoặc bài đăng.')).toBeInTheDocument()
  })
})
