import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Campaign } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { ActivityReportFormModal } from './ActivityReportFormModal'

afterEach(() => vi.unstubAllGlobals())

const campaign = { id: 7, name: 'Không một mình', canManage: false, startsOn: '2020-01-01', endsOn: '2099-12-31' } as Campaign

/** Picks the first activity type in antd's list. */
async function chooseType() {
  fireEvent.mouseDown(screen.getByLabelText('Loại hoạt động'))
  const option = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('.ant-select-dropdown .ant-select-item-option')
    if (!found) throw new Error('no option yet')
    return found
  })
  fireEvent.click(option)
}

describe('the activity report dialog', () => {
  it('sends the report once on a double click; a refused photo is said as such and only the photo is sent again', async () => {
    const reports: (string | null)[] = []
    const photos: string[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/campaigns/7/reports' && req.method === 'POST') {
        reports.push(req.headers.get('Idempotency-Key'))
        return jsonResponse(201, { id: 55, campaignId: 7, type: 'ANNOUNCEMENT_POST', date: '2026-12-05', photos: [] })
      }
      if (url.pathname === '/api/activity-reports/55/photos' && req.method === 'POST') {
        photos.push(url.pathname)
        if (photos.length === 1) {
          return problemResponse(422, { type: '/problems/validation-failed', code: 'validation-failed', title: 'Tệp không phải ảnh JPEG, PNG hay WebP', status: 422 })
        }
        return jsonResponse(201, { id: 9, contentType: 'image/png', url: '/api/activity-photos/9' })
      }
      return jsonResponse(200, { items: [], page: 1, size: 30, total: 0 })
    })
    const onSaved = vi.fn()
    renderWithProviders(<ActivityReportFormModal campaign={campaign} open onClose={vi.fn()} onSaved={onSaved} />)
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })

    await chooseType()
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!
    await user.upload(input, new File(['not really a picture'], 'anh-1.png', { type: 'image/png' }))
    const submit = screen.getByRole('button', { name: 'Gửi báo cáo' })
    await user.dblClick(submit)

    const partial = await screen.findByText('Đã lưu báo cáo; 1 ảnh chưa tải lên được:')
    expect(partial).toBeInTheDocument()
    expect(screen.getByText('anh-1.png: Tệp không phải ảnh JPEG, PNG hay WebP')).toBeInTheDocument()
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatch(/^report-/)
    expect(onSaved).not.toHaveBeenCalled()
    // the report's fields are no longer sent: the button sends the photo again
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Tải lại ảnh' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(photos).toHaveLength(2)
    expect(reports).toHaveLength(1)
  }, 30_000)
})
