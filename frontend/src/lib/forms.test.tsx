import { act, render, screen } from '@testing-library/react'
import { Form, Input, type FormInstance } from 'antd'
import { describe, expect, it } from 'vitest'
import { ApiError, toProblem } from '@/lib/api/problem'
import { applyServerErrors, type ServerFormError } from './forms'

function PlanLikeForm({ onForm }: { onForm: (f: FormInstance) => void }) {
  const [form] = Form.useForm()
  onForm(form)
  return (
    <Form form={form} initialValues={{ title: '', legalBases: [{ number: '' }, { number: 'x' }] }}>
      <Form.Item name="title" label="title">
        <Input />
      </Form.Item>
      <Form.List name="legalBases">
        {(fields) =>
          fields.map((f) => (
            <Form.Item key={f.key} name={[f.name, 'number']} label={`number ${f.name}`}>
              <Input />
            </Form.Item>
          ))
        }
      </Form.List>
    </Form>
  )
}

describe('applyServerErrors', () => {
  it("shows each of the problem's errors[] under its own field, the rest in the summary", async () => {
    let form!: FormInstance
    render(<PlanLikeForm onForm={(f) => (form = f)} />)
    const error = new ApiError(
      400,
      toProblem(400, {
        type: '/problems/validation-failed',
        title: 'Dữ liệu không hợp lệ',
        errors: [
          { field: 'title', code: 'NotBlank', message: 'Trích yếu không được để trống' },
          { field: 'legalBases[1].number', code: 'Pattern', message: 'Số văn bản không đúng dạng' },
          { field: 'tasks', code: 'NotEmpty', message: 'Cần ít nhất một nhiệm vụ' },
        ],
      }),
    )
    let result!: ServerFormError
    act(() => {
      result = applyServerErrors(form, error)
    })

    expect(await screen.findByText('Trích yếu không được để trống')).toBeInTheDocument()
    expect(form.getFieldError('title')).toEqual(['Trích yếu không được để trống'])
    expect(form.getFieldError(['legalBases', 1, 'number'])).toEqual(['Số văn bản không đúng dạng'])
    expect(form.getFieldError(['legalBases', 0, 'number'])).toEqual([])
    expect(result.unmatched.map((e) => e.field)).toEqual(['tasks'])
  })

  it('leaves the form alone for errors that are not API problems', () => {
    let form!: FormInstance
    render(<PlanLikeForm onForm={(f) => (form = f)} />)
    const result = applyServerErrors(form, new Error('boom'))
    expect(result.unmatched).toEqual([])
    expect(form.getFieldError('title')).toEqual([])
  })
})
