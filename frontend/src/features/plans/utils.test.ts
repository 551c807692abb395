import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import { decreeDateParts, documentPlaceDate, isMine, legalBasisText, numbered, roman } from './utils'

const t = i18n.t.bind(i18n)

describe('document dates (Decree 30/2020)', () => {
  it('pads days below 10 and only the months January and February', () => {
    expect(decreeDateParts('2020-01-05')).toEqual({ day: '05', month: '01', year: '2020' })
    expect(decreeDateParts('2019-06-29')).toEqual({ day: '29', month: '6', year: '2019' })
    expect(decreeDateParts('2025-10-17')).toEqual({ day: '17', month: '10', year: '2025' })
    expect(decreeDateParts('2026-02-09')).toEqual({ day: '09', month: '02', year: '2026' })
  })

  it('writes place and date as the document does', () => {
    expect(documentPlaceDate(t, 'Cần Thơ', '2025-10-17')).toBe('Cần Thơ, ngày 17 tháng 10 năm 2025')
  })

  it('leaves the blanks of an undated draft', () => {
    expect(documentPlaceDate(t, 'Cần Thơ', null)).toBe('Cần Thơ, ngày … tháng … năm …')
  })
})

describe('legal bases', () => {
  it('cites type, number, date, issuer and summary', () => {
    expect(
      legalBasisText(t, {
        kind: 'Kế hoạch',
        number: '578/KH-BCA-A05',
        date: '2023-11-17',
        issuer: 'Bộ Công an',
        summary: 'về bảo vệ trẻ em trên không gian mạng',
      }),
    ).toBe('Căn cứ Kế hoạch số 578/KH-BCA-A05 ngày 17/11/2023 của Bộ Công an về bảo vệ trẻ em trên không gian mạng')
  })

  it('omits what the basis does not give', () => {
    expect(legalBasisText(t, { kind: 'Công văn', number: '7912/A05-P3' })).toBe('Căn cứ Công văn số 7912/A05-P3')
  })
})

describe('helpers', () => {
  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4].map(roman)).toEqual(['I', 'II', 'III', 'IV'])
  })

  it('numbers content headings unless they carry their own number', () => {
    expect(numbered(2, 'Hoạt động trực tiếp')).toBe('2. Hoạt động trực tiếp')
    expect(numbered(2, '2. Hoạt động trực tiếp')).toBe('2. Hoạt động trực tiếp')
    expect(numbered(1, '1.1. Truyền thông')).toBe('1.1. Truyền thông')
    expect(numbered(3, '2025 là năm…')).toBe('3. 2025 là năm…')
  })

  it("recognises the caller's own tasks by lead organisation", () => {
    const task = { leadOrganization: { id: 5, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' as const } }
    expect(isMine(task, 5)).toBe(true)
    expect(isMine(task, 6)).toBe(false)
    expect(isMine(task, undefined)).toBe(false)
  })
})
