import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PublicCampaign } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { AUDIENCE_KEY } from '../audience'
import { WallPage } from './WallPage'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

const campaign: PublicCampaign = {
  id: '7',
  name: 'Không một mình',
  slogans: [],
  hashtags: [],
  startsOn: '2025-10-06',
  endsOn: '2025-11-30',
  keyMessages: [],
  hasFrame: false,
  pledgeTemplates: ['Tôi cam kết không chia sẻ mật khẩu với người lạ.'],
}

function stubWall(onPledge: (req: Request) => Response | Promise<Response>) {
  return stubFetch(async (req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/public/campaigns/7') return jsonResponse(200, campaign)
    if (url.pathname === '/api/public/campaigns/7/wall') return jsonResponse(200, { total: 0, page: 1, size: 24, items: [] })
    if (url.pathname === '/api/public/campaigns/7/pledges' && req.method === 'POST') return onPledge(req)
    return jsonResponse(404, {})
  })
}

const routes = [{ path: '/buc-tuong/:publicId', element: <WallPage /> }]

describe('"Bạn là:" on the public pages', () => {
  it('asks who signs, sends the audience with the pledge, and remembers it for the next page', async () => {
    const bodies: unknown[] = []
    stubWall(async (req) => {
      bodies.push(await req.json())
      return jsonResponse(202, { status: 'PENDING', message: 'Đang chờ duyệt' })
    })
    renderRoutes(routes, '/buc-tuong/7')
    const user = userEvent.setup()

    const group = await screen.findByRole('radiogroup', { name: 'Bạn là:' })
    expect(group).toBeInTheDocument()
    for (const label of ['Học sinh', 'Sinh viên', 'Giáo viên', 'Phụ huynh', 'Cán bộ', 'Khác']) {
      expect(screen.getByRole('radio', { name: label })).toBeInTheDocument()
    }
    await user.click(screen.getByText('Phụ huynh'))
    expect(localStorage.getItem(AUDIENCE_KEY)).toBe('PARENTS')

    await user.type(screen.getByLabelText('Tên hiển thị'), 'Cô Hạnh')
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toEqual({ displayName: 'Cô Hạnh', templateIndex: 0, audience: 'PARENTS' })
  }, 20_000)

  it('starts from the remembered choice, and shows a closed campaign as a friendly notice', async () => {
    localStorage.setItem(AUDIENCE_KEY, 'TEACHERS')
    stubWall(() =>
      problemResponse(409, {
        type: '/problems/window-closed',
        code: 'window-closed',
        title: 'Ngoài thời gian của chiến dịch',
        detail: 'Chiến dịch “Không một mình” đã kết thúc ngày 30/11/2025.',
      }),
    )
    renderRoutes(routes, '/buc-tuong/7')
    const user = userEvent.setup()

    expect(await screen.findByRole('radio', { name: 'Giáo viên' })).toBeChecked()
    await user.type(screen.getByLabelText('Tên hiển thị'), 'Thầy Minh')
    await user.click(screen.getByRole('button', { name: /Ký cam kết/ }))
    const notice = await screen.findByTestId('public-window-closed')
    expect(notice).toHaveTextContent('Chiến dịch “Không một mình” đã kết thúc ngày 30/11/2025.')
    expect(screen.queryByTestId('public-error')).not.toBeInTheDocument()
  }, 20_000)
})
