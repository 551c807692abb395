import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { ReferralForm } from './ReferralForm'

afterEach(() => vi.unstubAllGlobals())

const THANH_DOAN = { id: 5, code: 'THANHDOAN-CT', name: 'Thành đoàn Cần Thơ', type: 'UNION' }

/** Clicks antd's visible option whose title starts with `text` (the role="option" ones are its screen-reader copy). */
async function choose(label: string, text: string) {
  fireEvent.mouseDown(screen.getByLabelText(label))
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown .ant-select-item-option')].find((o) =>
      (o.getAttribute('title') ?? '').startsWith(text),
    )
    if (!found) throw new Error(`no option ${text} yet`)
    return found
  })
  fireEvent.click(option)
}

describe('the open-a-case form', () => {
  it('shows the server field errors under their fields, then opens the case with the same Idempotency-Key', async () => {
    const posts: { key: string | null; body: Record<string, unknown> }[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/referral-receivers') return jsonResponse(200, { items: [THANH_DOAN], page: 1, size: 30, total: 1 })
      if (url.pathname === '/api/organizations') return jsonResponse(200, { items: [], page: 1, size: 30, total: 0 })
      if (url.pathname === '/api/referrals' && req.method === 'POST') {
        posts.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as Record<string, unknown> })
        if (posts.length === 1) {
          return problemResponse(400, {
            type: '/problems/validation-failed',
            code: 'validation-failed',
            title: 'Dữ liệu không hợp lệ',
            detail: '2 trường không hợp lệ',
            errors: [
              { field: 'childAlias', code: 'Pattern', message: 'bí danh hoặc chữ cái đầu của tên, không có chữ số hay @' },
              { field: 'note', code: 'Pattern', message: 'không ghi số điện thoại hay email (thông tin liên lạc của trẻ)' },
            ],
          })
        }
        return jsonResponse(201, { id: 42, code: 'HT-7K3M9Q2P', status: 'OPEN', openedAt: '2031-06-10T02:00:00Z', version: 0,
          sla: { acknowledgeBy: '2031-06-11T02:00:00Z', contactBy: '2031-06-13T02:00:00Z', overdue: [] } })
      }
      return jsonResponse(404, {})
    })
    const opened = vi.fn()
    renderRoutes([{ path: '/', element: <ReferralForm onOpened={opened} /> }])
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })

    await choose('Đơn vị tiếp nhận', 'Thành đoàn Cần Thơ')
    await choose('Nguy cơ', 'Bị thao túng')
    await user.type(screen.getByLabelText('Bí danh hoặc chữ cái đầu của tên'), 'Bé 0912')
    await user.type(screen.getByLabelText(/^Lớp/), '8')
    await user.type(screen.getByLabelText(/^Ghi chú/), 'Mẹ em: 0912 345 678')
    await user.click(screen.getByRole('button', { name: 'Mở hồ sơ' }))

    expect(await screen.findByText('bí danh hoặc chữ cái đầu của tên, không có chữ số hay @')).toBeInTheDocument()
    expect(screen.getByText('không ghi số điện thoại hay email (thông tin liên lạc của trẻ)')).toBeInTheDocument()
    expect(screen.getByTestId('form-problem')).toHaveTextContent('Dữ liệu không hợp lệ')
    expect(posts[0].body).toMatchObject({ receivingOrganizationId: 5, riskKind: 'MANIPULATION', childAlias: 'Bé 0912', childGrade: 8 })
    expect(posts[0].body).not.toHaveProperty('childAge')

    await user.clear(screen.getByLabelText('Bí danh hoặc chữ cái đầu của tên'))
    await user.type(screen.getByLabelText('Bí danh hoặc chữ cái đầu của tên'), 'N.T.A')
    await user.clear(screen.getByLabelText(/^Ghi chú/))
    await user.click(screen.getByRole('button', { name: 'Mở hồ sơ' }))
    await waitFor(() => expect(opened).toHaveBeenCalledWith(42))
    expect(posts).toHaveLength(2)
    expect(posts[1].body).not.toHaveProperty('note')
    expect(posts[1].key).toMatch(/^referral-/)
    expect(posts[1].key).toBe(posts[0].key)
  }, 30_000)
})
