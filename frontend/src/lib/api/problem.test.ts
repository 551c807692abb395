import { describe, expect, it } from 'vitest'
import { ApiError, fieldPath, mapFieldErrors, problemCode, toProblem } from './problem'

describe('toProblem', () => {
  it('keeps every member of an RFC 9457 problem', () => {
    const p = toProblem(400, {
      type: '/problems/validation-failed',
      code: 'validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: '2 lỗi',
      instance: '/api/plans',
      errors: [
        { field: 'title', code: 'NotBlank', message: 'không được để trống' },
        { field: 'legalBases[1].number', code: 'NotBlank', message: 'không được để trống' },
      ],
    })
    expect(p.title).toBe('Dữ liệu không hợp lệ')
    expect(p.detail).toBe('2 lỗi')
    expect(p.errors).toHaveLength(2)
    expect(p.errors?.[1].field).toBe('legalBases[1].number')
    expect(problemCode(p)).toBe('validation-failed')
  })

  it('drops malformed field errors instead of crashing', () => {
    const p = toProblem(400, { title: 'x', errors: [null, 'text', { field: 'a' }, { field: 'b', message: 'm' }] })
    expect(p.errors).toEqual([{ field: 'b', code: '', message: 'm' }])
  })

  it('builds a problem from a body that is not one', () => {
    const p = toProblem(502, '<html>Bad gateway</html>', 'Bad Gateway')
    expect(p).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502 })
    expect(p.errors).toBeUndefined()
  })
})

describe('problemCode', () => {
  it('falls back to the last segment of the type URI', () => {
    expect(problemCode({ type: 'https://example.org/problems/version-conflict' })).toBe('version-conflict')
    expect(problemCode({ type: 'about:blank' })).toBe('unknown')
  })
})

describe('fieldPath', () => {
  it('splits JSON paths into antd name paths', () => {
    expect(fieldPath('title')).toEqual(['title'])
    expect(fieldPath('legalBases[1].number')).toEqual(['legalBases', 1, 'number'])
    expect(fieldPath('tasks[0].target.value')).toEqual(['tasks', 0, 'target', 'value'])
    expect(fieldPath('evidenceLinks[2]')).toEqual(['evidenceLinks', 2])
  })
})

describe('mapFieldErrors', () => {
  const errors = [
    { field: 'title', code: 'NotBlank', message: 'Trích yếu không được để trống' },
    { field: 'title', code: 'Size', message: 'Tối đa 500 ký tự' },
    { field: 'legalBases[0].number', code: 'NotBlank', message: 'Thiếu số văn bản' },
    { field: 'tasks', code: 'NotEmpty', message: 'Kế hoạch phải có ít nhất một nhiệm vụ' },
    { field: '', code: 'x', message: 'Lỗi chung' },
  ]

  it('groups messages per field and keeps the others for the summary', () => {
    const known = new Set([JSON.stringify(['title']), JSON.stringify(['legalBases', 0, 'number'])])
    const { fields, unmatched } = mapFieldErrors(errors, (n) => known.has(JSON.stringify(n)))
    expect(fields).toEqual([
      { name: ['title'], errors: ['Trích yếu không được để trống', 'Tối đa 500 ký tự'] },
      { name: ['legalBases', 0, 'number'], errors: ['Thiếu số văn bản'] },
    ])
    expect(unmatched.map((e) => e.message)).toEqual(['Kế hoạch phải có ít nhất một nhiệm vụ', 'Lỗi chung'])
  })

  it('renames server paths onto form paths', () => {
    const { fields } = mapFieldErrors(
      [{ field: 'leadOrganizationId', code: 'NotNull', message: 'Chọn cơ quan' }],
      () => true,
      (n) => (n[0] === 'leadOrganizationId' ? ['lead'] : n),
    )
    expect(fields[0].name).toEqual(['lead'])
  })
})

describe('ApiError', () => {
  it('exposes status, code and field errors', () => {
    const e = new ApiError(412, toProblem(412, { type: '/problems/version-conflict', title: 'Xung đột phiên bản' }))
    expect(e.status).toBe(412)
    expect(e.code).toBe('version-conflict')
    expect(e.fieldErrors).toEqual([])
    expect(e.message).toBe('Xung đột phiên bản')
  })
})
