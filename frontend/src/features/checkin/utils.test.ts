import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import { ApiError } from '@/lib/api/problem'
import type { CheckInResult } from '@/lib/api/types'
import { counterPercent, resultFromError, resultFromResponse, tokenFromScan } from './utils'

const t = i18n.t.bind(i18n)

const result: CheckInResult = {
  outcome: 'CHECKED_IN',
  attendeeId: 7,
  fullName: 'Nguyễn Văn An',
  position: 'Hiệu trưởng',
  organization: 'Sở Giáo dục và Đào tạo',
  category: 'Đại diện trường học',
  venueName: 'Hội trường Công an thành phố',
  checkedInAt: '2026-05-29T07:52:10',
  message: 'Điểm danh thành công lúc 07:52',
}

function problem(status: number, code: string, title: string, detail?: string) {
  return new ApiError(status, { type: `/problems/${code}`, code, title, status, detail })
}

describe('door results', () => {
  it('turns a first check-in into the green card with who and where', () => {
    expect(resultFromResponse(t, result)).toEqual({
      kind: 'ok',
      title: 'Mời vào – điểm danh lúc 07:52',
      name: 'Nguyễn Văn An',
      position: 'Hiệu trưởng',
      organization: 'Sở Giáo dục và Đào tạo',
      category: 'Đại diện trường học',
      venueName: 'Hội trường Công an thành phố',
      time: '07:52',
    })
  })

  it('turns a repeat into the amber card with the first time', () => {
    const r = resultFromResponse(t, { ...result, outcome: 'ALREADY_CHECKED_IN', message: 'Đã điểm danh lúc 07:52' })
    expect(r.kind).toBe('repeat')
    expect(r.title).toBe('Đã điểm danh lúc 07:52')
  })

  it('shows a refusal in red with the problem title and detail', () => {
    const e = problem(409, 'not-admissible', 'Đại biểu không được vào', 'Trần Thị Bình: đã báo không tham dự')
    expect(resultFromError(t, e)).toEqual({
      kind: 'refused',
      title: 'Đại biểu không được vào',
      detail: 'Trần Thị Bình: đã báo không tham dự',
    })
  })

  it('names an unknown invitation code', () => {
    const e = problem(404, 'not-found', 'Mã thư mời không hợp lệ')
    expect(resultFromError(t, e)).toEqual({ kind: 'refused', title: 'Mã thư mời không hợp lệ', detail: 'Mã thư mời không hợp lệ' })
  })

  it('says when the network failed', () => {
    const e = new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' })
    expect(resultFromError(t, e)).toMatchObject({ kind: 'refused', title: t('errors.network') })
    expect(resultFromError(t, new Error('boom'))).toEqual({ kind: 'refused', title: t('errors.unexpected') })
  })
})

describe('scanned codes', () => {
  it('takes a bare token as it is', () => {
    expect(tokenFromScan('  Xk3-9aQ_0  ')).toBe('Xk3-9aQ_0')
  })

  it('finds the token in a link', () => {
    expect(tokenFromScan('https://antoan.cantho.gov.vn/checkin?token=abc123')).toBe('abc123')
    expect(tokenFromScan('https://antoan.cantho.gov.vn/i/abc123')).toBe('abc123')
  })
})

describe('counters', () => {
  it('gives the share in, 0 when nobody is expected', () => {
    expect(counterPercent(1, 3)).toBe(33)
    expect(counterPercent(0, 0)).toBe(0)
    expect(counterPercent(5, 4)).toBe(100)
  })
})

describe('the venue reconciliation', () => {
  it('sums each column over the venues, a missing figure as 0', async () => {
    const { reconciliationTotals } = await import('./utils')
    expect(
      reconciliationTotals([
        { venueId: 1, venueName: 'Hội trường', expected: 2, checkedIn: 1, arrivedElsewhere: 0, absent: 1, cameInFromElsewhere: 1 },
        { venueId: 2, venueName: 'Điểm cầu', expected: 1, checkedIn: 1, arrivedElsewhere: 1, absent: 0, cameInFromElsewhere: 0 },
      ]),
    ).toEqual({ expected: 3, checkedIn: 2, arrivedElsewhere: 1, absent: 1, cameInFromElsewhere: 1 })
  })
})
