import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Event, ReportDefaults } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { PlanReportsCard } from './PlanReportsCard'

const defaults: ReportDefaults = {
  asOf: '2026-11-23',
  parentBody: '',
  issuingBody: 'CÔNG AN THÀNH PHỐ CẦN THƠ',
  place: 'Cần Thơ',
  number: '',
  symbol: 'BC-CA-TP',
  summary: 'Kết quả thực hiện Kế hoạch số 120/KH-UBND ngày 17/10/2025 của Ủy ban nhân dân thành phố Cần Thơ',
  addressees: ['Ủy ban nhân dân thành phố Cần Thơ'],
  signerAuthority: [],
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  recipients: ['Như trên', 'Lưu: VT'],
}

const ceremony = { id: 5, title: 'Lễ phát động Chương trình' } as Event

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:report')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => vi.unstubAllGlobals())

describe('PlanReportsCard', () => {
  it('sends the template with the defaults and the signer typed, and streams the Word file', async () => {
    const posts: Request[] = []
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/plans/2/reports/defaults') return jsonResponse(200, defaults)
      if (path === '/api/plans/2/reports/progress.docx' && req.method === 'POST') {
        posts.push(req.clone())
        return new Response(new Uint8Array(2048), {
          status: 200,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': 'attachment; filename="bao-cao-tien-do-120-kh-ubnd-2026-11-23.docx"',
          },
        })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<PlanReportsCard planId={2} events={[ceremony]} />)
    const user = userEvent.setup()
    await waitFor(() => expect(screen.getByLabelText('Chức vụ người ký')).toHaveValue('GIÁM ĐỐC'))
    fireEvent.change(screen.getByLabelText('Người ký'), { target: { value: 'Nguyễn Văn An' } })
    await user.click(screen.getByRole('button', { name: /Báo cáo tiến độ \(Word\)/ }))

    expect(await screen.findByText('Đã tải xuống bao-cao-tien-do-120-kh-ubnd-2026-11-23.docx.')).toBeInTheDocument()
    const sent = await posts[0].json()
    expect(sent).toMatchObject({
      issuingBody: 'CÔNG AN THÀNH PHỐ CẦN THƠ',
      symbol: 'BC-CA-TP',
      signerName: 'Nguyễn Văn An',
      signerTitle: 'GIÁM ĐỐC',
      signerAuthority: [],
      recipients: ['Như trên', 'Lưu: VT'],
      addressees: ['Ủy ban nhân dân thành phố Cần Thơ'],
    })
    expect(sent.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(posts[0].headers.get('Accept')).toContain('application/problem+json')
    // the ceremony's spreadsheets are offered too
    expect(screen.getByRole('button', { name: /Bảng chỉ tiêu mời \(Excel\)/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Danh sách đại biểu \(Excel\)/ })).toBeInTheDocument()
  }, 30_000)

  it('shows the problem and puts a field error under its field', async () => {
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/plans/2/reports/defaults') return jsonResponse(200, defaults)
      if (path === '/api/plans/2/reports/progress.pdf') {
        return problemResponse(400, {
          type: '/problems/validation-failed',
          code: 'validation-failed',
          title: 'Dữ liệu không hợp lệ',
          detail: '1 trường không hợp lệ',
          errors: [{ field: 'symbol', code: 'Pattern', message: 'dạng BC-CA-TP' }],
        })
      }
      return jsonResponse(404, {})
    })
    renderWithProviders(<PlanReportsCard planId={2} events={[]} />)
    const user = userEvent.setup()
    await waitFor(() => expect(screen.getByLabelText('Chức vụ người ký')).toHaveValue('GIÁM ĐỐC'))
    await user.click(screen.getByRole('button', { name: /Báo cáo tiến độ \(PDF\)/ }))
    expect(await screen.findByText('Dữ liệu không hợp lệ')).toBeInTheDocument()
    expect(await screen.findByText('dạng BC-CA-TP')).toBeInTheDocument()
  }, 30_000)
})
