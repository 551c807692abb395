import { describe, expect, it } from 'vitest'
import i18n from '@/lib/i18n'
import {
  attendeeActions,
  attendeeDetails,
  canReplace,
  cleanImportValues,
  importFieldsFor,
  importPercent,
  isTicked,
  refusedRows,
  valuesToAttendeeInput,
} from './utils'

const t = i18n.t.bind(i18n)

describe('import progress', () => {
  it('is the share of rows read while parsing, short of 100', () => {
    expect(importPercent({ status: 'PARSING', processedRows: 250, totalRows: 1000 })).toBe(25)
    expect(importPercent({ status: 'PARSING', processedRows: 1000, totalRows: 1000 })).toBe(99)
  })

  it('is unknown until the rows are counted', () => {
    expect(importPercent({ status: 'PARSING', processedRows: 0, totalRows: undefined })).toBeNull()
    expect(importPercent({ status: 'PARSING', processedRows: 0, totalRows: 0 })).toBeNull()
  })

  it('is complete once the report is ready', () => {
    expect(importPercent({ status: 'READY', processedRows: 3, totalRows: 3 })).toBe(100)
    expect(importPercent({ status: 'COMMITTED', processedRows: 3, totalRows: 3 })).toBe(100)
    expect(importPercent({ status: 'FAILED', processedRows: 0, totalRows: 3 })).toBeNull()
  })

  it('counts the refused rows', () => {
    expect(refusedRows({ invalidRows: 2, duplicateRows: 1, overQuotaRows: 3 })).toBe(6)
  })
})

describe('import rows', () => {
  it('shows a student category all its columns, others only what the file filled', () => {
    expect(importFieldsFor(true, {})).toContain('guardianPhone')
    expect(importFieldsFor(false, {})).toEqual(['fullName', 'position', 'unit', 'phone', 'email'])
    expect(importFieldsFor(false, { school: 'THPT Châu Văn Liêm' })).toContain('school')
  })

  it('reads the difficult-circumstances column as the server does', () => {
    expect(isTicked('x')).toBe(true)
    expect(isTicked('Có')).toBe(true)
    expect(isTicked('')).toBe(false)
    expect(isTicked(undefined)).toBe(false)
  })

  it('sends trimmed cells and leaves empty ones out', () => {
    expect(cleanImportValues({ fullName: ' Lê Thị Mai ', grade: '', difficultCircumstances: false, school: 'THPT A' })).toEqual({
      fullName: 'Lê Thị Mai',
      school: 'THPT A',
    })
    expect(cleanImportValues({ difficultCircumstances: true })).toEqual({ difficultCircumstances: 'x' })
  })
})

describe('attendees', () => {
  it('offers what the status still allows', () => {
    expect(attendeeActions({ status: 'SUBMITTED' })).toEqual(['confirm', 'decline', 'cancel'])
    expect(attendeeActions({ status: 'DECLINED' })).toEqual(['confirm', 'cancel'])
    expect(attendeeActions({ status: 'REPLACED' })).toEqual([])
  })

  it('replaces only someone still on the list who has not come in', () => {
    expect(canReplace({ status: 'CONFIRMED', checkedInAt: undefined })).toBe(true)
    expect(canReplace({ status: 'CONFIRMED', checkedInAt: '2026-05-29T07:50:00' })).toBe(false)
    expect(canReplace({ status: 'CANCELLED', checkedInAt: undefined })).toBe(false)
  })

  it("sends a student's fields only for a category of minors", () => {
    const values = { fullName: ' Phạm Gia Bảo ', school: 'THPT Châu Văn Liêm', grade: '10A1', guardianPhone: ' ', unit: '' }
    expect(valuesToAttendeeInput(values, true)).toEqual({
      fullName: 'Phạm Gia Bảo',
      position: undefined,
      unit: undefined,
      phone: undefined,
      email: undefined,
      venueId: undefined,
      school: 'THPT Châu Văn Liêm',
      grade: '10A1',
      guardianName: undefined,
      guardianPhone: undefined,
      difficultCircumstances: false,
    })
    expect(valuesToAttendeeInput(values, false)).not.toHaveProperty('school')
  })

  it('describes a delegate by position or class, and place', () => {
    expect(attendeeDetails(t, { position: 'Phó Hiệu trưởng', unit: 'Trường THPT Bùi Hữu Nghĩa' })).toBe(
      'Phó Hiệu trưởng · Trường THPT Bùi Hữu Nghĩa',
    )
    expect(attendeeDetails(t, { position: 'Học sinh', grade: '11A2', school: 'Trường THPT Châu Văn Liêm' })).toBe(
      'Lớp 11A2 · Trường THPT Châu Văn Liêm',
    )
  })
})
