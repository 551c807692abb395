import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '@/app/RequireAuth'
import type { Contest, ContestEntry, Me, RankedEntry } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { contestFixture } from '../fixtures'
import { ContestPage } from './ContestPage'
import { setToken } from '@/lib/auth/token'

afterEach(() => vi.unstubAllGlobals())

const coordinator: Me = {
  id: 2,
  username: 'congan',
  fullName: 'Cán bộ điều phối',
  roles: ['COORDINATOR'],
  organization: { id: 3, code: 'CA-TP', name: 'Công an thành phố', type: 'POLICE' },
  emailNotifications: true,
}
const school: Me = {
  id: 9,
  username: 'thptcvl',
  fullName: 'Trần Thị Thu',
  roles: ['OFFICER'],
  organization: { id: 40, code: 'THPT-CHAUVANLIEM', name: 'Trường THPT Châu Văn Liêm', type: 'SCHOOL_UPPER_SECONDARY' },
  emailNotifications: true,
}

const ranked = (over: Partial<RankedEntry>): RankedEntry => ({
  entryId: 1,
  reference: 'CT-DEMO1',
  category: 'ESSAY',
  criteria: [],
  judgesScored: 2,
  judgesAssigned: 2,
  school: school.organization,
  grade: 11,
  initial: 'A.',
  ...over,
})

function serve(me: Me, contest: Contest, routes: Record<string, (req: Request) => Response | Promise<Response>>) {
  const calls: { method: string; path: string; headers: Headers; body: unknown }[] = []
  stubFetch(async (req) => {
    const url = new URL(req.url)
    const path = url.pathname
    if (path === '/api/me') return jsonResponse(200, me)
    if (path === '/api/campaigns/7') return jsonResponse(200, { id: 7, name: 'Không một mình' })
    if (path === '/api/contests/5' && req.method === 'GET') return jsonResponse(200, contest)
    const handler = routes[`${req.method} ${path}`]
    if (handler) {
      calls.push({ method: req.method, path, headers: req.headers, body: req.method === 'GET' ? url.search : await req.clone().json().catch(() => null) })
      return handler(req)
    }
    return jsonResponse(404, {})
  })
  setToken('token')
  renderRoutes([{ path: '/contests/:contestId', element: <RequireAuth><ContestPage /></RequireAuth> }], '/contests/5')
  return calls
}

describe('the contest page', () => {
  it('ranks per category for the managers, marks entries not ranked yet, and shows why a publication is refused', async () => {
    const contest = contestFixture({ canManage: true, open: true })
    const calls = serve(coordinator, contest, {
      'GET /api/contests/5/ranking': () =>
        jsonResponse(200, {
          page: 1,
          size: 3,
          total: 3,
          items: [
            ranked({ entryId: 1, rank: 1, total: 87.5, initial: 'A.', criteria: [{ criterionId: 11, mean: 9.5 }] }),
            ranked({ entryId: 2, rank: 2, total: 70, initial: 'B.', tieNote: 'Bằng tổng điểm 70,00 với bài hạng 3; xếp trên nhờ tiêu chí “Nội dung”.' }),
            ranked({ entryId: 3, category: 'VIDEO', judgesScored: 0, initial: 'C.', tieNote: 'Chưa có giám khảo chấm đủ các tiêu chí' }),
          ],
        }),
      'POST /api/contests/5/publish': () =>
        problemResponse(409, {
          type: '/problems/invalid-transition',
          code: 'invalid-transition',
          title: 'Không thể chuyển trạng thái',
          detail: 'Còn 2 lượt chấm chưa đủ điểm các tiêu chí',
        }),
    })
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: contest.title })
    expect(await screen.findByRole('link', { name: 'Không một mình' })).toHaveAttribute('href', '/campaigns/7?tab=contests')
    for (const tab of ['Tổng quan', 'Bài dự thi', 'Giám khảo', 'Xếp hạng']) expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument()
    expect(screen.queryByRole('tab', { name: 'Chấm thi' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('tab', { name: 'Xếp hạng' }))
    const essay = await screen.findByTestId('ranking-ESSAY')
    const rows = within(essay).getAllByTestId('ranking-row')
    expect(within(rows[0]).getByTestId('ranking-total')).toHaveTextContent('87,50')
    expect(rows[0]).toHaveTextContent('9,50')
    expect(rows[0]).toHaveTextContent('2/2')
    expect(within(rows[1]).getByTestId('tie-note')).toHaveTextContent('xếp trên nhờ tiêu chí “Nội dung”')
    const video = within(screen.getByTestId('ranking-VIDEO')).getByTestId('ranking-row')
    expect(video).toHaveAttribute('data-ranked', 'false')
    expect(within(video).getByTestId('unranked')).toHaveTextContent('Chưa xếp hạng')
    expect(video).toHaveTextContent('0/2')

    await user.click(screen.getByRole('button', { name: /Công bố kết quả/ }))
    // The confirmation's own button has the same name as the one that opened it.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Công bố kết quả/ })).toHaveLength(2))
    await user.click(screen.getAllByRole('button', { name: /Công bố kết quả/ })[1])
    const refused = await screen.findByTestId('publish-refused')
    expect(refused).toHaveTextContent('Chưa công bố được kết quả')
    expect(refused).toHaveTextContent('Còn 2 lượt chấm chưa đủ điểm các tiêu chí')
    const publish = calls.find((c) => c.path === '/api/contests/5/publish')!
    expect(publish.headers.get('If-Match')).toBe('"3"')
  }, 30_000)

  it('edits with If-Match and shows the server’s field errors under the criteria', async () => {
    const contest = contestFixture({ canManage: true })
    const calls = serve(coordinator, contest, {
      'PUT /api/contests/5': () =>
        problemResponse(422, {
          type: '/problems/unprocessable',
          title: 'Cuộc thi chưa hợp lệ',
          errors: [{ field: 'criteria[1].name', code: 'Repeated', message: 'Tiêu chí bị lặp' }],
        }),
    })
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: /Sửa cuộc thi/ }))
    const name = await screen.findByLabelText('Tên tiêu chí 2')
    expect(name).toHaveValue('Sáng tạo')
    fireEvent.change(name, { target: { value: 'Nội dung, thông điệp' } })
    await user.click(screen.getByRole('button', { name: 'Lưu' }))
    expect(await screen.findByText('Tiêu chí bị lặp')).toBeInTheDocument()
    expect(screen.getByTestId('form-problem')).toHaveTextContent('Cuộc thi chưa hợp lệ')
    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"3"')
    expect(put.body).toMatchObject({
      title: contest.title,
      categories: ['ESSAY', 'VIDEO'],
      judgesPerEntry: 2,
      criteria: [
        { name: 'Nội dung, thông điệp', weight: 40, maxScore: 10 },
        { name: 'Nội dung, thông điệp', weight: 30, maxScore: 10 },
        { name: 'Trình bày, thẩm mỹ', weight: 30, maxScore: 10 },
      ],
    })
  }, 30_000)

  it('lets a school confirm the guardian’s consent of an entry its pupil sent through the public form', async () => {
    const pending: ContestEntry = {
      id: 21,
      reference: 'CT-7K3M9Q2A',
      category: 'ESSAY',
      school: school.organization,
      grade: 10,
      title: 'Chuyện của mình và chiếc điện thoại',
      pupilName: 'Lý Gia Hân',
      source: 'PUBLIC',
      status: 'AWAITING_CONSENT',
      personalDataMasked: false,
      blinded: false,
      createdAt: '2025-10-25T08:00:00+07:00',
      version: 0,
    }
    let entry = pending
    const calls = serve(school, contestFixture(), {
      'GET /api/contests/5/entries': () => jsonResponse(200, { items: [entry], page: 1, size: 20, total: 1 }),
      'POST /api/contest-entries/21/consent': async (req) => {
        const body = await req.json()
        entry = { ...pending, ...body, consentMethod: body.method, consentRecordedAt: '2025-10-26T08:00:00+07:00', status: 'ELIGIBLE' }
        return jsonResponse(200, entry)
      },
    })
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: /Cuộc thi viết/ })
    expect(screen.queryByRole('tab', { name: 'Xếp hạng' })).not.toBeInTheDocument()
    expect(screen.getByText(/cuoc-thi\/5\?school=THPT-CHAUVANLIEM/)).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'Bài dự thi' }))

    const row = await screen.findByTestId('contest-entry')
    expect(row).toHaveAttribute('data-status', 'AWAITING_CONSENT')
    expect(row).toHaveTextContent('Học sinh tự gửi')
    await user.click(within(row).getByLabelText('Ghi nhận đồng ý của phụ huynh cho Lý Gia Hân'))
    // (A role query over the whole page is slow in jsdom: find the dialog by its title.)
    const dialog = (await screen.findByText('Ghi nhận đồng ý của phụ huynh')).closest<HTMLElement>('[role="dialog"]')!
    // The pupil typed nothing about the guardian: the school records who agreed, and how.
    expect(within(dialog).getByLabelText('Họ và tên cha/mẹ hoặc người giám hộ')).toHaveValue('')
    await user.type(within(dialog).getByLabelText('Họ và tên cha/mẹ hoặc người giám hộ'), 'Lý Văn Tài')
    await user.type(within(dialog).getByLabelText('Số điện thoại phụ huynh (không bắt buộc)'), '0912 345 678')
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đồng ý' }))
    expect(await within(dialog).findByText('Vui lòng chọn cách xác nhận')).toBeInTheDocument()
    await user.click(within(dialog).getByLabelText('Gọi điện thoại cho phụ huynh'))
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đồng ý' }))

    await waitFor(() => expect(screen.getByTestId('contest-entry')).toHaveAttribute('data-status', 'ELIGIBLE'))
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ guardianName: 'Lý Văn Tài', guardianPhone: '0912 345 678', method: 'PHONE_CALL' })
    expect(await screen.findByText('Đã ghi nhận sự đồng ý của phụ huynh em Lý Gia Hân.')).toBeInTheDocument()
  }, 30_000)
})
