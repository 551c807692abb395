import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '@/app/RequireAuth'
import type { QuotaMatrix } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { QuotaMatrixPage } from './QuotaMatrixPage'
import { setToken } from '@/lib/auth/token'

afterEach(() => vi.unstubAllGlobals())

const me = {
  id: 3,
  username: 'congan',
  fullName: 'Phan Hoàng Long',
  roles: ['COORDINATOR'],
  organization: { id: 16, code: 'CA-TP', name: 'Công an thành phố Cần Thơ', type: 'POLICE' },
}
const event = {
  id: 1,
  planId: 1,
  planReference: '135/KH-UBND',
  title: 'Lễ phát động',
  startsAt: '2026-05-29T08:00:00',
  endsAt: '2026-05-29T11:30:00',
  format: 'LIVE_RELAY',
  venues: [],
  version: 0,
  canManage: false,
}
const totals = (quota: number, submitted: number) => ({ quota, submitted, confirmed: 0, declined: 0, checkedIn: 0 })
const matrix: QuotaMatrix = {
  eventId: 1,
  expectedAttendance: 275,
  categories: [
    { id: 6, code: 'SCHOOL_REPRESENTATIVE', name: 'Đại diện trường học', minors: false, protocolRank: 70 },
    { id: 8, code: 'STUDENT', name: 'Học sinh, trẻ em', minors: true, protocolRank: 90 },
  ],
  rows: [
    {
      organization: { id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' },
      cells: {
        '6': { quotaId: 4, quota: 20, submitted: 20, confirmed: 3, declined: 1, checkedIn: 2, locked: false, state: 'FULL', toUrge: false, deadline: '2026-05-28T23:59:59+07:00' },
        '8': { quotaId: 5, quota: 50, submitted: 31, confirmed: 0, declined: 0, checkedIn: 0, locked: false, state: 'PARTIAL', toUrge: true, deadline: '2026-05-28T23:59:59+07:00' },
      },
      totals: totals(70, 51),
    },
  ],
  columnTotals: { '6': totals(20, 20), '8': totals(50, 31) },
  total: totals(70, 51),
  toUrge: [{ id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' }],
  pastDeadline: [],
}

function serve(status: number, answer: QuotaMatrix = matrix, organiser = false) {
  stubFetch((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/me') return jsonResponse(200, me)
    if (path === '/api/events/1') return jsonResponse(200, { ...event, canManage: organiser })
    if (path === '/api/events/1/quota-matrix') {
      return status === 200
        ? jsonResponse(200, answer)
        : problemResponse(403, {
            type: '/problems/forbidden',
            code: 'forbidden',
            title: 'Không có quyền thực hiện',
            detail: 'Chỉ cơ quan tổ chức và cơ quan nhận danh sách xem bảng tổng hợp',
          })
    }
    return jsonResponse(404, {})
  })
  setToken('token')
  renderRoutes(
    [{ path: '/events/:eventId/quota-matrix', element: <RequireAuth><QuotaMatrixPage /></RequireAuth> }],
    '/events/1/quota-matrix',
  )
}

describe('the quota matrix', () => {
  it('colours each cell by fill rate and sums up against the expected attendance', async () => {
    serve(200)
    expect(await screen.findByTestId('matrix-grand-total')).toHaveTextContent('Tổng: 51/70 chỉ tiêu — dự kiến 275 đại biểu')
    const row = screen.getByTestId('matrix-row-SO-GDDT')
    const cells = within(row).getAllByTestId('matrix-cell')
    expect(cells.map((c) => c.getAttribute('data-tone'))).toEqual(['full', 'partial'])
    expect(within(cells[0]).getByTestId('matrix-fill')).toHaveTextContent('20/20')
    expect(within(cells[0]).getByLabelText('Đã điểm danh: 2')).toBeInTheDocument()
    expect(within(row).getByTestId('row-total')).toHaveTextContent('51/70')
  })

  it('says why nobody can be urged when the incomplete lists are past their deadline, and offers to extend it', async () => {
    const late = { quotaId: 5, quota: 50, submitted: 0, confirmed: 0, declined: 0, checkedIn: 0, locked: true, state: 'OVERDUE' as const, toUrge: false, deadline: '2026-05-28T23:59:59+07:00' }
    const row = { ...matrix.rows[0], cells: { ...matrix.rows[0].cells, '8': late } }
    serve(200, { ...matrix, rows: [row], toUrge: [], pastDeadline: [row.organization] }, true)
    expect(await screen.findByTestId('matrix-remind')).toBeDisabled()
    expect(screen.getByTestId('matrix-remind')).toHaveTextContent('Đôn đốc đơn vị chưa đủ (0)')
    expect(screen.getByTestId('matrix-remind-reason')).toHaveTextContent('1 đơn vị chưa đủ đều đã quá hạn gửi danh sách')
    expect(screen.getByTestId('matrix-extend')).toHaveTextContent('Gia hạn cho đơn vị quá hạn (1)')
  })

  it('explains a refusal kindly to an agency that is neither organiser nor receiver', async () => {
    serve(403)
    expect(await screen.findByTestId('matrix-forbidden')).toHaveTextContent(
      'Bảng tổng hợp chỉ dành cho cơ quan tổ chức và cơ quan nhận danh sách',
    )
    expect(screen.getByRole('link', { name: /Danh sách đại biểu của đơn vị/ })).toHaveAttribute('href', '/events/1/my-quotas')
  })
})
