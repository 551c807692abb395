import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Task } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { ProgressReportForm } from './ProgressReportForm'

afterEach(() => vi.unstubAllGlobals())

function task(measuredByTargets: boolean): Task {
  return {
    id: 31,
    planId: 4,
    planReference: '120/KH-UBND',
    planTitle: 'Kế hoạch bảo vệ trẻ em trên môi trường mạng',
    leadOrganization: { id: 10, code: 'CA-TP', name: 'Công an thành phố', type: 'POLICE' },
    cooperatingOrganizations: [],
    text: '100% trường học đăng bài hưởng ứng chiến dịch',
    target: { kind: 'PERCENT', value: 100, unit: 'trường học' },
    status: 'IN_PROGRESS',
    percentReached: 62.5,
    reportCount: 0,
    version: 0,
    permissions: { canEdit: false, canReport: true, canContribute: false },
    measuredByTargets,
  }
}

const campaigns = { items: [{ id: 7, planId: 4, name: 'Không một mình' }], page: 1, size: 100, total: 1 }

describe('the progress report form', () => {
  it('for a task measured by campaign targets: no figure, no "done", an explanation and a link to the indicators', async () => {
    const bodies: unknown[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/campaigns') {
        expect(url.searchParams.get('planId')).toBe('4')
        return jsonResponse(200, campaigns)
      }
      if (url.pathname === '/api/tasks/31/progress-reports' && req.method === 'POST') {
        bodies.push(await req.json())
        return jsonResponse(201, { id: 1 })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/', element: <ProgressReportForm task={task(true)} /> }])
    const user = userEvent.setup()

    const note = await screen.findByTestId('report-measured-note')
    expect(note).toHaveTextContent('Theo chỉ tiêu chiến dịch')
    expect(note).toHaveTextContent('tính tự động')
    expect(await screen.findByRole('link', { name: 'Xem chỉ tiêu của chiến dịch “Không một mình”' })).toHaveAttribute(
      'href',
      '/campaigns/7?tab=indicators',
    )
    expect(screen.queryByLabelText(/Tỷ lệ đạt được/)).not.toBeInTheDocument()
    expect(screen.queryByText('Đã hoàn thành nhiệm vụ')).not.toBeInTheDocument()

    await user.type(screen.getByLabelText('Nội dung đã thực hiện'), 'Đã phát động tại 120 trường')
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }))
    await waitFor(() => expect(bodies).toHaveLength(1))
    expect(bodies[0]).not.toHaveProperty('value')
    expect(bodies[0]).not.toHaveProperty('done')
    expect(bodies[0]).toMatchObject({ text: 'Đã phát động tại 120 trường' })
  }, 20_000)

  it('for a task with typed figures: the figure and "done" are asked; a MeasuredByTargets refusal is said in words', async () => {
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/tasks/31/progress-reports' && req.method === 'POST') {
        return problemResponse(422, {
          type: 'https://cantho.example/problems/validation-failed',
          title: 'Dữ liệu không hợp lệ',
          errors: [
            { field: 'value', code: 'MeasuredByTargets', message: 'được tính từ chỉ tiêu chiến dịch' },
            { field: 'done', code: 'MeasuredByTargets', message: 'được tính từ chỉ tiêu chiến dịch' },
          ],
        })
      }
      return jsonResponse(404, {})
    })
    renderRoutes([{ path: '/', element: <ProgressReportForm task={task(false)} /> }])
    const user = userEvent.setup()

    expect(screen.queryByTestId('report-measured-note')).not.toBeInTheDocument()
    expect(screen.getByLabelText(/Tỷ lệ đạt được/)).toBeInTheDocument()
    expect(screen.getByText('Đã hoàn thành nhiệm vụ')).toBeInTheDocument()

    await user.type(screen.getByLabelText(/Tỷ lệ đạt được/), '80')
    await user.type(screen.getByLabelText('Nội dung đã thực hiện'), '80% trường đã đăng bài')
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }))
    // The fields show the server's words; the summary says why, without the raw codes.
    expect(await screen.findByTestId('form-problem')).toHaveTextContent('tính tự động')
    expect(screen.getByTestId('form-problem')).not.toHaveTextContent('MeasuredByTargets')
    expect(screen.getAllByText('được tính từ chỉ tiêu chiến dịch').length).toBeGreaterThan(0)
  }, 20_000)
})
