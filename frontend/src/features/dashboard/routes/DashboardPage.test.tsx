import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '@/app/RequireAuth'
import type { Home } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { setToken } from '@/lib/auth/token'
import { renderRoutes } from '@/test/render'
import { DashboardPage } from './DashboardPage'

afterEach(() => vi.unstubAllGlobals())

const school = { id: 40, code: 'THPT-CHAUVANLIEM', name: 'Trường THPT Châu Văn Liêm', type: 'SCHOOL_UPPER_SECONDARY' } as const
const me = { id: 9, username: 'thptcvl', fullName: 'Trần Thị Thu', roles: ['OFFICER'], organization: school }

const empty: Home = {
  today: '2025-10-30',
  sections: [],
  plansByStatus: [],
  laggards: [],
  deadlinesThisWeek: [],
  quotaFill: [],
  targetsBehind: [],
  myTasks: [],
  myQuotas: [],
  reminders: [],
  myCampaigns: [],
  toScore: [],
  recentPlans: [],
}

const schoolHome: Home = {
  ...empty,
  sections: ['MY_TASKS', 'MY_CAMPAIGNS'],
  myCampaigns: [
    {
      campaignId: 3,
      name: 'Chiến dịch “Không một mình”',
      unit: school,
      indicators: [
        { targetId: 21, name: 'Tỷ lệ học sinh đổi khung ảnh', kind: 'FRAME_ADOPTION', goalPercent: 60, value: 42.5, numerator: 425, denominator: 1000, unitsInScope: 1, unitsReached: 0, unitsNotReported: 0, reached: false },
      ],
      share: [
        { kind: 'WALL', title: 'Chiến dịch “Không một mình”', link: '/buc-tuong/abc123?unit=THPT-CHAUVANLIEM' },
        { kind: 'QUIZ', title: 'Đố vui an toàn trên mạng', link: '/trac-nghiem/q9?unit=THPT-CHAUVANLIEM' },
      ],
      consent: [{ contestId: 5, title: 'Cuộc thi viết', awaiting: 1, link: '/contests/5?tab=entries' }],
      link: '/campaigns/3',
    },
  ],
}

function serve(home: Home | 'error') {
  stubFetch((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/me') return jsonResponse(200, me)
    if (path === '/api/me/home') {
      return home === 'error'
        ? problemResponse(503, { type: '/problems/unavailable', code: 'unavailable', title: 'Dịch vụ tạm thời không sẵn sàng' })
        : jsonResponse(200, home)
    }
    return jsonResponse(404, {})
  })
  setToken('token')
  renderRoutes([{ path: '/', element: <RequireAuth><DashboardPage /></RequireAuth> }], '/')
}

describe('the home', () => {
  it('shows a school its own figures, the links to give pupils and a QR code on demand', async () => {
    serve(schoolHome)
    const campaigns = await screen.findByTestId('home-MY_CAMPAIGNS')
    expect(within(campaigns).getByRole('link', { name: 'Chiến dịch “Không một mình”' })).toHaveAttribute('href', '/campaigns/3')
    expect(within(campaigns).getByTestId('unit-figures')).toHaveTextContent('Tỷ lệ học sinh đổi khung ảnh')
    const wall = within(campaigns).getByTestId('share-WALL')
    expect(within(wall).getByRole('link', { name: 'Mở trang' })).toHaveAttribute('href', `${window.location.origin}/buc-tuong/abc123?unit=THPT-CHAUVANLIEM`)
    await userEvent.click(within(wall).getByRole('button', { name: /Mã QR của Bức tường cam kết/ }))
    expect(await within(wall).findByTestId('share-qr')).toBeInTheDocument()
    expect(within(campaigns).getByRole('link', { name: 'Cuộc thi viết: 1 bài chờ' })).toHaveAttribute('href', '/contests/5?tab=entries')
    // nothing to do is said as such
    expect(within(await screen.findByTestId('home-MY_TASKS')).getByText(/Không có việc quá hạn/)).toBeInTheDocument()
  })

  it('says when the home cannot be read, with a retry (after the client retries twice)', async () => {
    serve('error')
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument()
  })
})
