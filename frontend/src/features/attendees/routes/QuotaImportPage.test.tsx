import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportJob, ImportRow, Quota } from '@/lib/api/types'
import { jsonResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { QuotaImportPage } from './QuotaImportPage'

afterEach(() => vi.unstubAllGlobals())

const education = { id: 10, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' as const }
const police = { id: 16, code: 'CA-TP', name: 'Công an thành phố Cần Thơ', type: 'POLICE' as const }
const quota: Quota = {
  id: 3,
  eventId: 5,
  owner: education,
  category: { id: 8, code: 'STUDENT', name: 'Học sinh, trẻ em', minors: true, protocolRank: 90 },
  count: 3,
  deadline: '2099-05-28T23:59:59',
  receiver: police,
  filled: 0,
  locked: false,
  version: 0,
  canSubmit: true,
}

function job(over: Partial<ImportJob>): ImportJob {
  return {
    id: 9,
    quotaId: 3,
    fileName: 'hoc-sinh.csv',
    status: 'PARSING',
    totalRows: 3,
    processedRows: 0,
    validRows: 0,
    invalidRows: 0,
    duplicateRows: 0,
    overQuotaRows: 0,
    createdAt: '2026-05-26T10:00:00',
    ...over,
  }
}

const refused: ImportRow = {
  rowNumber: 4,
  status: 'INVALID',
  values: { fullName: 'Đỗ Thanh Tâm', school: 'Trường THPT Châu Văn Liêm' },
  messages: ['Lớp: Học sinh cần có lớp'],
}

describe('importing a list', () => {
  it('shows the reading progress, the refused row with its reason, fixes it in place and commits', async () => {
    const polls = [job({ processedRows: 2 }), job({ status: 'READY', processedRows: 3, validRows: 2, invalidRows: 1 })]
    let current = polls[0]
    const puts: unknown[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      const path = url.pathname
      if (path === '/api/quotas/3') return jsonResponse(200, quota)
      if (path === '/api/events/5') {
        return jsonResponse(200, {
          id: 5,
          planId: 1,
          planReference: '135/KH-UBND',
          title: 'Lễ phát động',
          startsAt: '2099-05-29T08:00:00',
          endsAt: '2099-05-29T11:30:00',
          format: 'LIVE_RELAY',
          venues: [],
          version: 0,
          canManage: false,
        })
      }
      if (path === '/api/quotas/3/imports' && req.method === 'POST') {
        expect(req.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/)
        return jsonResponse(202, job({}))
      }
      if (path === '/api/imports/9') {
        const answer = current
        if (current === polls[0]) current = polls[1]
        return jsonResponse(200, answer)
      }
      if (path === '/api/imports/9/rows') {
        const status = url.searchParams.get('status')
        const items = status === 'INVALID' && current.invalidRows > 0 ? [refused] : []
        return jsonResponse(200, { items, page: 1, size: 100, total: items.length })
      }
      if (path === '/api/imports/9/rows/4' && req.method === 'PUT') {
        const body = (await req.json()) as { values: Record<string, string> }
        puts.push(body)
        current = job({ status: 'READY', processedRows: 3, validRows: 3 })
        return jsonResponse(200, { ...refused, status: 'VALID', values: body.values, messages: [] })
      }
      if (path === '/api/imports/9/commit' && req.method === 'POST') {
        current = job({ status: 'COMMITTED', processedRows: 3, validRows: 3, createdCount: 3 })
        return jsonResponse(200, current)
      }
      return jsonResponse(404, {})
    })

    renderRoutes([{ path: '/quotas/:quotaId/import', element: <QuotaImportPage /> }], '/quotas/3/import')
    const user = userEvent.setup()
    await screen.findByRole('heading', { name: 'Nhập danh sách: Học sinh, trẻ em' })
    const input = document.querySelector('input[type=file]') as HTMLInputElement
    await user.upload(input, new File(['Họ và tên,Trường,Lớp\n'], 'hoc-sinh.csv', { type: 'text/csv' }))

    expect(await screen.findByText('Đã đọc 2/3 dòng')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Tiến độ đọc tệp' })).toHaveAttribute('aria-valuenow', '66')

    const row = await screen.findByTestId('import-row-4', {}, { timeout: 4000 })
    expect(within(row).getByTestId('import-row-reasons')).toHaveTextContent('Lớp: Học sinh cần có lớp')
    expect(screen.getByTestId('import-commit')).toHaveTextContent('Xác nhận nhập 2 đại biểu')

    await user.click(within(row).getByRole('button', { name: 'Sửa dòng 4' }))
    await user.type(screen.getByLabelText('Lớp (dòng 4)'), '12A1')
    await user.click(screen.getByRole('button', { name: 'Lưu và kiểm tra lại' }))
    await waitFor(() => expect(screen.getByTestId('import-commit')).toHaveTextContent('Xác nhận nhập 3 đại biểu'))
    expect(puts[0]).toEqual({
      values: { fullName: 'Đỗ Thanh Tâm', school: 'Trường THPT Châu Văn Liêm', grade: '12A1' },
    })

    await user.click(screen.getByTestId('import-commit'))
    expect(await screen.findByTestId('import-committed')).toHaveTextContent('Đã nhập 3 đại biểu vào danh sách.')
  }, 20_000)
})
