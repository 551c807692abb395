import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PublicContest, PublicContestResults } from '@/lib/api/types'
import { formatDateTime } from '@/lib/format'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { PublicContestPage } from './PublicContestPage'

afterEach(() => vi.unstubAllGlobals())

const open: PublicContest = {
  id: '5',
  title: 'Cuộc thi viết “An toàn trên mạng – Em nói gì?”',
  campaignName: 'Không một mình – Cùng nhau an toàn trực tuyến',
  categories: ['ESSAY', 'VIDEO'],
  opensAt: '2025-10-20T07:00:00+07:00',
  closesAt: '2026-12-31T17:00:00+07:00',
  open: true,
  published: false,
}

const routes = [{ path: '/cuoc-thi/:publicId', element: <PublicContestPage /> }]

function serve(contest: PublicContest, onEntry: (req: Request) => Response | Promise<Response>, results?: PublicContestResults) {
  return stubFetch(async (req) => {
    const path = new URL(req.url).pathname
    if (path === `/api/public/contests/${contest.id}`) return jsonResponse(200, contest)
    if (path === `/api/public/contests/${contest.id}/results` && results) return jsonResponse(200, results)
    if (path === `/api/public/contests/${contest.id}/entries` && req.method === 'POST') return onEntry(req)
    return jsonResponse(404, {})
  })
}

async function fillEntry(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Họ và tên học sinh'), 'Nguyễn Ngọc Anh')
  await user.type(screen.getByLabelText('Lớp'), '10')
  await user.click(screen.getByLabelText('Bài viết'))
  await user.type(screen.getByLabelText('Tên bài dự thi'), 'Chiếc điện thoại và em')
  await user.type(screen.getByLabelText('Nội dung bài viết'), 'Một lần em nhận được tin nhắn lạ…')
}

describe('the public contest page', () => {
  it('takes the school code from the link, asks nothing of the guardian, needs the grade, and sends one submissionId until a receipt comes', async () => {
    const sent: Record<string, unknown>[] = []
    let fail = true
    serve(open, async (req) => {
      sent.push(await req.json())
      if (req.headers.get('Authorization')) throw new Error('a public call must not carry a token')
      if (fail) {
        fail = false
        throw new TypeError('Failed to fetch') // the answer is lost on the way
      }
      return jsonResponse(201, { reference: 'CT-7K3M9Q2A', message: 'Đã nhận bài dự thi' })
    })
    renderRoutes(routes, '/cuoc-thi/5?school=THPT-CHAUVANLIEM')
    const user = userEvent.setup()

    expect(await screen.findByRole('heading', { name: open.title })).toBeInTheDocument()
    expect(screen.getByTestId('contest-phase')).toHaveTextContent('Đang nhận bài')
    expect(screen.getByLabelText('Mã trường')).toHaveValue('THPT-CHAUVANLIEM')
    expect(screen.getByText(/chỉ hiện chữ cái đầu của tên, trường và lớp/)).toBeInTheDocument()

    // The child types nothing about the parent: the school asks the guardian.
    expect(screen.queryByLabelText('Số điện thoại phụ huynh')).not.toBeInTheDocument()
    expect(screen.queryByLabelText('Họ và tên cha/mẹ hoặc người giám hộ')).not.toBeInTheDocument()
    expect(screen.getByText(/Em không cần nhập thông tin của cha mẹ/)).toBeInTheDocument()

    await fillEntry(user)
    await user.clear(screen.getByLabelText('Lớp'))
    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    expect(await screen.findByText('Chọn lớp của em')).toBeInTheDocument()
    expect(sent).toHaveLength(0)

    await user.type(screen.getByLabelText('Lớp'), '10')
    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    expect(await screen.findByTestId('form-problem')).toHaveTextContent('Không kết nối được máy chủ')

    // Sent again after the lost answer: the same submissionId, so the server returns the first receipt.
    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    expect(await screen.findByTestId('contest-reference')).toHaveTextContent('CT-7K3M9Q2A')
    expect(sent).toHaveLength(2)
    expect(sent[1]).toEqual(sent[0])
    expect(sent[0]).toEqual({
      submissionId: expect.stringMatching(/^[A-Za-z0-9-]{16,64}$/),
      schoolCode: 'THPT-CHAUVANLIEM',
      category: 'ESSAY',
      pupilName: 'Nguyễn Ngọc Anh',
      grade: 10,
      title: 'Chiếc điện thoại và em',
      workText: 'Một lần em nhận được tin nhắn lạ…',
    })

    // Another entry is another submission.
    await user.click(screen.getByRole('button', { name: /Gửi thêm bài khác/ }))
    expect(screen.getByLabelText('Mã trường')).toHaveValue('THPT-CHAUVANLIEM')
    expect(screen.getByLabelText('Họ và tên học sinh')).toHaveValue('')
    await user.type(screen.getByLabelText('Họ và tên học sinh'), 'Trần Gia Bảo')
    await user.type(screen.getByLabelText('Lớp'), '11')
    await user.click(screen.getByLabelText('Bài viết'))
    await user.type(screen.getByLabelText('Tên bài dự thi'), 'Bài thứ hai')
    await user.type(screen.getByLabelText('Đường dẫn tới bài dự thi'), 'https://drive.example.vn/bai-2')
    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    await waitFor(() => expect(sent).toHaveLength(3))
    expect(sent[2].submissionId).not.toBe(sent[0].submissionId)
  }, 40_000)

  it('shows the server’s word under the school code it does not know, and how long to wait after 429', async () => {
    let calls = 0
    serve(open, () => {
      calls++
      if (calls === 1) {
        return problemResponse(422, {
          type: '/problems/unprocessable',
          title: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'schoolCode', code: 'UnknownSchool', message: 'Mã trường không thuộc chiến dịch này; hỏi thầy cô mã của trường' }],
        })
      }
      return new Response(JSON.stringify({ type: '/problems/too-many-requests', title: 'Quá nhiều yêu cầu', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
      })
    })
    renderRoutes(routes, '/cuoc-thi/5')
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Mã trường'), 'thpt-khongco')
    await fillEntry(user)
    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    expect(await screen.findByText('Mã trường không thuộc chiến dịch này; hỏi thầy cô mã của trường')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Gửi bài dự thi/ }))
    const problem = await screen.findByTestId('form-problem')
    await waitFor(() => expect(problem).toHaveTextContent('Bạn thao tác quá nhanh.'))
    expect(problem).toHaveTextContent('Vui lòng chờ 42 giây rồi thử lại.')
  }, 30_000)

  it('says clearly when entries are closed, without a form', async () => {
    serve({ ...open, open: false, closesAt: '2025-11-15T17:00:00+07:00' }, () => jsonResponse(500, {}))
    renderRoutes(routes, '/cuoc-thi/5')
    expect(await screen.findByTestId('contest-closed')).toHaveTextContent(
      `Cuộc thi đã hết hạn nhận bài (${formatDateTime('2025-11-15T17:00:00+07:00')}).`,
    )
    expect(screen.queryByLabelText('Mã trường')).not.toBeInTheDocument()
  }, 20_000)

  it('shows the published results per category with initials, schools, grades, totals with two decimals and tie notes', async () => {
    const drawing: PublicContest = { ...open, id: '4', title: 'Cuộc thi vẽ tranh “Không một mình”', categories: ['DRAWING', 'POSTER'], open: false, published: true }
    serve(drawing, () => jsonResponse(500, {}), {
      published: true,
      publishedAt: '2025-11-25T09:00:00+07:00',
      items: [
        { category: 'DRAWING', rank: 1, initial: 'G.', school: 'Trường THPT Châu Văn Liêm', grade: 11, total: 87.5 },
        { category: 'DRAWING', rank: 2, initial: 'M.', school: 'Trường THPT Lý Tự Trọng', grade: 10, total: 70, tieNote: 'Bằng tổng điểm 70,00 với bài hạng 3; xếp trên nhờ tiêu chí “Nội dung, thông điệp” (trọng số 40): 10,00 so với 7,00.' },
        { category: 'DRAWING', rank: 3, initial: 'K.', school: 'Trường THPT Châu Văn Liêm', grade: 12, total: 70 },
        { category: 'POSTER', rank: 1, initial: 'C.', school: 'Trường THPT Bùi Hữu Nghĩa', total: 91.25 },
      ],
    })
    renderRoutes(routes, '/cuoc-thi/4')
    const results = await screen.findByTestId('contest-results')
    expect(screen.getByTestId('contest-phase')).toHaveTextContent('Đã công bố kết quả')
    expect(results).toHaveTextContent(`Công bố lúc ${formatDateTime('2025-11-25T09:00:00+07:00')}`)
    const drawingRows = within(screen.getByTestId('results-DRAWING')).getAllByTestId('result-row')
    expect(drawingRows).toHaveLength(3)
    expect(drawingRows[0]).toHaveTextContent('G.')
    expect(drawingRows[0]).toHaveTextContent('Trường THPT Châu Văn Liêm · Lớp 11')
    expect(within(drawingRows[0]).getByTestId('result-total')).toHaveTextContent('87,50')
    expect(within(drawingRows[1]).getByTestId('result-tie-note')).toHaveTextContent('xếp trên nhờ tiêu chí “Nội dung, thông điệp”')
    const poster = within(screen.getByTestId('results-POSTER')).getAllByTestId('result-row')
    expect(within(poster[0]).getByTestId('result-total')).toHaveTextContent('91,25')
    expect(screen.queryByLabelText('Mã trường')).not.toBeInTheDocument()
  }, 20_000)
})
