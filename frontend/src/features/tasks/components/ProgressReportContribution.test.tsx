import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgressReport, Task } from '@/lib/api/types'
import { jsonResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { ProgressReportForm } from './ProgressReportForm'
import { ProgressReportList } from './ProgressReportList'

afterEach(() => vi.unstubAllGlobals())

const lead = { id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' as const }
const cooperating = { id: 11, code: 'SO-NOIVU', name: 'Sở Nội vụ', type: 'DEPARTMENT' as const }

/** A task led by the Department of Education, seen by the Department of Home Affairs, which cooperates on it. */
const task: Task = {
  id: 31,
  planId: 4,
  planReference: '120/KH-UBND',
  planTitle: 'Kế hoạch bảo vệ trẻ em trên môi trường mạng',
  leadOrganization: lead,
  cooperatingOrganizations: [cooperating],
  text: 'Mời 70 đại biểu dự Lễ phát động',
  target: { kind: 'COUNT', value: 70, unit: 'đại biểu' },
  status: 'IN_PROGRESS',
  percentReached: 50,
  reportCount: 1,
  version: 0,
  permissions: { canEdit: false, canReport: false, canContribute: true },
  measuredByTargets: false,
}

function report(id: number, org: typeof lead, contribution: boolean, value: number, text: string): ProgressReport {
  return {
    id,
    taskId: 31,
    reportDate: '2026-05-20',
    value,
    done: false,
    text,
    evidenceLinks: [],
    reportedBy: { id: id + 100, fullName: 'Trần Văn Hùng' },
    organization: org,
    contribution,
    createdAt: '2026-05-20T08:00:00+07:00',
  }
}

describe('a cooperating agency reports its contribution', () => {
  it('the form is labelled as a contribution, says whose figure counts, and never sends "done"', async () => {
    const bodies: unknown[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/tasks/31/progress-reports' && req.method === 'POST') {
        bodies.push(await req.json())
        return jsonResponse(201, report(1, cooperating, true, 3, 'Đã tổ chức 3 buổi'))
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/', element: <ProgressReportForm task={task} /> }])
    const user = userEvent.setup()

    expect(screen.getByTestId('report-contribution-note')).toHaveTextContent('đơn vị chủ trì (Sở Giáo dục và Đào tạo)')
    expect(screen.queryByText('Đã hoàn thành nhiệm vụ')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Số liệu của đơn vị (nếu có)'), '3')
    await user.type(screen.getByLabelText('Nội dung đã thực hiện'), 'Đã tổ chức 3 buổi')
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo phối hợp' }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).toMatchObject({ value: 3, text: 'Đã tổ chức 3 buổi' })
    expect(bodies[0]).not.toHaveProperty('done')
  }, 20_000)

  it("the history shows whose report each is: the lead's and the cooperating agency's", async () => {
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/tasks/31/progress-reports') {
        return jsonResponse(200, {
          items: [report(2, cooperating, true, 3, 'Đã tổ chức 3 buổi'), report(1, lead, false, 35, '35/70 đại biểu')],
          page: 1,
          size: 20,
          total: 2,
        })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/', element: <ProgressReportList task={task} /> }])

    const items = await screen.findAllByTestId('progress-report')
    expect(items).toHaveLength(2)
    expect(within(items[0]).getByTestId('progress-report-kind')).toHaveTextContent('Phối hợp: Sở Nội vụ')
    expect(items[0]).toHaveTextContent('Số liệu: 3')
    expect(items[0]).not.toHaveTextContent('3 đại biểu')
    expect(within(items[1]).getByTestId('progress-report-kind')).toHaveTextContent('Chủ trì: Sở Giáo dục và Đào tạo')
    expect(items[1]).toHaveTextContent('35 đại biểu')
  }, 20_000)
})
