import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Plan } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { PlanEditPage } from './PlanEditPage'

afterEach(() => vi.unstubAllGlobals())

const ubnd = { id: 1, code: 'UBND-CT', name: 'Ủy ban nhân dân thành phố Cần Thơ', type: 'PEOPLES_COMMITTEE' as const }

function draft(version: number, title: string): Plan {
  return {
    id: 7,
    reference: '…/KH-UBND',
    symbol: 'KH-UBND',
    place: 'Cần Thơ',
    title,
    status: 'DRAFT',
    issuingOrganization: ubnd,
    legalBases: [{ kind: 'Quyết định', number: '468/QĐ-TTg' }],
    contentSections: [],
    recipients: [],
    createdAt: '2026-05-20T08:00:00+07:00',
    updatedAt: '2026-05-20T08:00:00+07:00',
    version,
    permissions: {
      canEdit: true,
      canIssue: true,
      canClose: false,
      canCancel: true,
      canAddTasks: true,
      canRemind: false,
      canSeeProgress: false,
    },
  }
}

const routes = [
  { path: '/plans/:planId/edit', element: <PlanEditPage /> },
  { path: '/plans/:planId', element: <p>trang kế hoạch</p> },
]

describe('PlanEditPage', () => {
  it('sends If-Match and, on 412, says someone else changed the plan and reloads it', async () => {
    let serverPlan = draft(3, 'Bản của tôi')
    const puts: Request[] = []
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/organizations') return jsonResponse(200, { items: [], page: 1, size: 30, total: 0 })
      if (path === '/api/plans/7' && req.method === 'GET') return jsonResponse(200, serverPlan)
      if (path === '/api/plans/7' && req.method === 'PUT') {
        puts.push(req.clone())
        if (req.headers.get('If-Match') !== `"${serverPlan.version}"`) {
          return problemResponse(412, {
            type: '/problems/version-conflict',
            code: 'version-conflict',
            title: 'Dữ liệu đã bị người khác thay đổi',
          })
        }
        serverPlan = { ...serverPlan, ...(await req.json()), version: serverPlan.version + 1 }
        return jsonResponse(200, serverPlan)
      }
      return jsonResponse(404, {})
    })

    renderRoutes(routes, '/plans/7/edit')
    const user = userEvent.setup()
    const title = await screen.findByLabelText('Trích yếu')
    expect(title).toHaveValue('Bản của tôi')

    // Meanwhile a colleague saves version 4.
    serverPlan = draft(4, 'Bản của đồng nghiệp')
    fireEvent.change(title, { target: { value: 'Bản sửa của tôi' } })
    await user.click(screen.getByRole('button', { name: 'Lưu' }))

    expect(await screen.findByText('Kế hoạch vừa được người khác thay đổi')).toBeInTheDocument()
    expect(puts[0].headers.get('If-Match')).toBe('"3"')
    const sent = await puts[0].json()
    expect(sent).toMatchObject({ title: 'Bản sửa của tôi', symbol: 'KH-UBND', legalBases: [{ kind: 'Quyết định', number: '468/QĐ-TTg' }] })

    await user.click(screen.getByRole('button', { name: 'Tải lại' }))
    await waitFor(() => expect(screen.getByLabelText('Trích yếu')).toHaveValue('Bản của đồng nghiệp'))
    await user.click(screen.getByRole('button', { name: 'Lưu' }))
    expect(await screen.findByText('trang kế hoạch')).toBeInTheDocument()
    expect(puts[1].headers.get('If-Match')).toBe('"4"')
  }, 20_000)

  it('shows server field errors under their fields', async () => {
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/organizations') return jsonResponse(200, { items: [], page: 1, size: 30, total: 0 })
      if (req.method === 'GET') return jsonResponse(200, draft(1, 'Kế hoạch'))
      return problemResponse(400, {
        type: '/problems/validation-failed',
        code: 'validation-failed',
        title: 'Dữ liệu không hợp lệ',
        errors: [
          { field: 'legalBases[0].number', code: 'Pattern', message: 'Số, ký hiệu không đúng định dạng' },
          { field: 'tasks', code: 'NotEmpty', message: 'Cần ít nhất một nhiệm vụ' },
        ],
      })
    })
    renderRoutes(routes, '/plans/7/edit')
    await screen.findByLabelText('Trích yếu')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu' }))

    const numberField = screen.getByLabelText('Số, ký hiệu')
    const item = numberField.closest('.ant-form-item') as HTMLElement
    await waitFor(() => expect(item).toHaveTextContent('Số, ký hiệu không đúng định dạng'))
    const summary = screen.getByTestId('form-problem')
    expect(summary).toHaveTextContent('Dữ liệu không hợp lệ')
    expect(summary).toHaveTextContent('Cần ít nhất một nhiệm vụ')
  }, 20_000)
})
