import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Campaign } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { CampaignSummaryReport } from './CampaignSummaryReport'

const campaign = { id: 7, name: 'Không một mình', canManage: true } as Campaign

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:summary')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => vi.unstubAllGlobals())

describe('CampaignSummaryReport', () => {
  it('offers the three files and streams the one chosen', async () => {
    const asked: Request[] = []
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/campaigns/7/summary-figures.xlsx') {
        asked.push(req)
        return new Response(new Uint8Array(4096), {
          status: 200,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="so-lieu-chien-dich-7-2026-12-05.xlsx"',
          },
        })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<CampaignSummaryReport campaign={campaign} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /Báo cáo tổng kết/ }))
    expect(await screen.findByRole('button', { name: /Báo cáo tổng kết \(Word\)/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Báo cáo tổng kết \(PDF\)/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Số liệu các đơn vị \(Excel\)/ }))
    expect(await screen.findByText('Đã tải xuống so-lieu-chien-dich-7-2026-12-05.xlsx.')).toBeInTheDocument()
    expect(asked[0].headers.get('Accept')).toContain('application/problem+json')
  }, 30_000)

  it("shows the server's problem when the campaign is not there", async () => {
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/campaigns/7/summary-report.pdf') {
        return problemResponse(404, { type: '/problems/not-found', title: 'Không tìm thấy', status: 404, code: 'not-found', detail: 'Chiến dịch 7 không tồn tại' })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<CampaignSummaryReport campaign={campaign} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: /Báo cáo tổng kết/ }))
    await user.click(await screen.findByRole('button', { name: /Báo cáo tổng kết \(PDF\)/ }))
    expect(await screen.findByTestId('form-problem')).toBeInTheDocument()
  }, 30_000)
})
