import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BlindEntry } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { blindEntry, contestFixture } from '../fixtures'
import { JudgingPanel } from './JudgingPanel'

afterEach(() => vi.unstubAllGlobals())

const contest = contestFixture({ isJudge: true })

function serve(entries: BlindEntry[], onScore: (id: number, body: { scores: { criterionId: number; score: number }[] }) => Response) {
  const puts: { id: number; body: unknown }[] = []
  stubFetch(async (req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/contests/5/judging') return jsonResponse(200, { items: entries, page: 1, size: entries.length, total: entries.length })
    const m = path.match(/^\/api\/contest-entries\/(\d+)\/scores$/)
    if (m && req.method === 'PUT') {
      const body = await req.json()
      puts.push({ id: Number(m[1]), body })
      return onScore(Number(m[1]), body)
    }
    return jsonResponse(404, {})
  })
  return puts
}

describe('judging', () => {
  it('shows the assigned entries blind with progress, refuses a score above the maximum, and saves a full sheet', async () => {
    const done = blindEntry(1, {
      complete: true,
      myScores: [
        { criterionId: 11, score: 9 },
        { criterionId: 12, score: 8 },
        { criterionId: 13, score: 7.5 },
      ],
    })
    const todo = blindEntry(2, { category: 'VIDEO', workUrl: undefined, workText: 'Mình từng nhận tin nhắn lạ…' })
    const puts = serve([done, todo], (id, body) => jsonResponse(200, { ...todo, id, myScores: body.scores, complete: true }))
    renderWithProviders(<JudgingPanel contest={contest} />)
    const user = userEvent.setup()

    expect(await screen.findByTestId('judging-progress')).toHaveTextContent('Đã chấm 1/2 bài')
    const cards = screen.getAllByTestId('judging-entry')
    expect(cards.map((c) => c.getAttribute('data-complete'))).toEqual(['true', 'false'])
    expect(within(cards[0]).getByText('Đã chấm đủ')).toBeInTheDocument()
    expect(within(cards[0]).getByTestId('score-total')).toHaveTextContent('Tổng điểm (thang 100): 82,50')
    // The work opens in a new tab that cannot reach back into the application.
    const link = within(cards[0]).getByRole('link', { name: /Mở bài dự thi/ })
    expect(link).toHaveAttribute('href', 'https://drive.example.vn/cuoc-thi/5/1')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(cards[1]).getByText('Chưa chấm xong')).toBeInTheDocument()
    expect(within(cards[1]).getByText('Mình từng nhận tin nhắn lạ…')).toBeInTheDocument()
    expect(within(cards[1]).getByText('Video')).toBeInTheDocument()

    const sheet = cards[1]
    await user.type(within(sheet).getByLabelText('Nội dung, thông điệp (tối đa 10)'), '12')
    await user.type(within(sheet).getByLabelText('Sáng tạo (tối đa 10)'), '7')
    await user.click(within(sheet).getByRole('button', { name: /Lưu điểm/ }))
    expect(await within(sheet).findByText('Tối đa 10 điểm')).toBeInTheDocument()
    expect(await within(sheet).findByText('Vui lòng nhập điểm')).toBeInTheDocument()
    expect(within(sheet).getByTestId('score-total')).toHaveTextContent('Nhập đủ điểm các tiêu chí để xem tổng điểm.')
    expect(puts).toEqual([])

    const first = within(sheet).getByLabelText('Nội dung, thông điệp (tối đa 10)')
    await user.clear(first)
    await user.type(first, '9')
    await user.type(within(sheet).getByLabelText('Trình bày, thẩm mỹ (tối đa 10)'), '8')
    // (9×40 + 7×30 + 8×30) ÷ 10 = 81
    expect(within(sheet).getByTestId('score-total')).toHaveTextContent('81,00')
    await user.click(within(sheet).getByRole('button', { name: /Lưu điểm/ }))

    await waitFor(() => expect(screen.getByTestId('judging-progress')).toHaveTextContent('Đã chấm 2/2 bài'))
    expect(puts).toEqual([
      {
        id: 2,
        body: {
          scores: [
            { criterionId: 11, score: 9 },
            { criterionId: 12, score: 7 },
            { criterionId: 13, score: 8 },
          ],
        },
      },
    ])
    expect(screen.getAllByTestId('judging-entry')[1]).toHaveAttribute('data-complete', 'true')
  }, 30_000)

  it('says why the server refuses a sheet: an entry of the judge’s own school', async () => {
    const entry = blindEntry(3, {
      myScores: [
        { criterionId: 11, score: 5 },
        { criterionId: 12, score: 5 },
        { criterionId: 13, score: 5 },
      ],
    })
    serve([entry], () =>
      problemResponse(409, {
        type: '/problems/conflict-of-interest',
        code: 'conflict-of-interest',
        title: 'Giám khảo không chấm bài của trường mình',
        detail: 'Bài dự thi thuộc trường của giám khảo; giám khảo không chấm bài này',
      }),
    )
    renderWithProviders(<JudgingPanel contest={contest} />)
    const user = userEvent.setup()
    const card = await screen.findByTestId('judging-entry')
    await user.click(within(card).getByRole('button', { name: /Lưu điểm/ }))
    const problem = await within(card).findByTestId('form-problem')
    expect(problem).toHaveTextContent('Giám khảo không chấm bài của trường mình')
    expect(problem).toHaveTextContent('thuộc trường của giám khảo')
  }, 20_000)

  it('says so when nothing is assigned yet', async () => {
    serve([], () => jsonResponse(500, {}))
    renderWithProviders(<JudgingPanel contest={contest} />)
    expect(await screen.findByText('Bạn chưa được phân công bài nào.')).toBeInTheDocument()
  }, 20_000)
})
