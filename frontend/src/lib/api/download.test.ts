import { describe, expect, it } from 'vitest'
import { fileNameFrom } from './download'

describe('downloaded file names', () => {
  it('prefers the UTF-8 name of RFC 6266', () => {
    expect(fileNameFrom(`attachment; filename="danh-sach.xlsx"; filename*=UTF-8''danh-s%C3%A1ch-%C4%91%E1%BA%A1i-bi%E1%BB%83u.xlsx`, 'x')).toBe(
      'danh-sách-đại-biểu.xlsx',
    )
  })

  it('takes the plain name, quoted or not', () => {
    expect(fileNameFrom('attachment; filename="mau.xlsx"', 'x')).toBe('mau.xlsx')
    expect(fileNameFrom('attachment; filename=mau.csv', 'x')).toBe('mau.csv')
  })

  it('falls back without a header', () => {
    expect(fileNameFrom(null, 'thu-moi.pdf')).toBe('thu-moi.pdf')
    expect(fileNameFrom('inline', 'thu-moi.pdf')).toBe('thu-moi.pdf')
  })
})
