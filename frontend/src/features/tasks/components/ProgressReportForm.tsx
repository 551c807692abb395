import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Col, Flex, Form, Input, InputNumber, Row } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import type { ProgressReportInput, Task } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { targetUnit, toApiDate } from '@/lib/format'
import { useAddProgressReport } from '../api/tasks'

interface Values {
  reportDate: Dayjs
  value?: number | null
  done: boolean
  text: string
  evidenceLinks: string[]
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}

/** Reports progress on a task: date, figure reached, done, what was done, links to evidence. */
export function ProgressReportForm({ task, onDone }: { task: Task; onDone?: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const add = useAddProgressReport(task.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const target = task.target

  const submit = async (v: Values) => {
    setProblem(null)
    const body: ProgressReportInput = {
      reportDate: toApiDate(v.reportDate) ?? dayjs().format('YYYY-MM-DD'),
      value: v.value ?? undefined,
      done: v.done,
      text: v.text.trim(),
      evidenceLinks: (v.evidenceLinks ?? []).map((l) => l.trim()).filter(Boolean),
    }
    try {
      await add.mutateAsync(body)
      form.resetFields()
      onDone?.()
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="progressReport"
      onFinish={submit}
      initialValues={{ reportDate: dayjs(), done: false, text: '', evidenceLinks: [] }}
      disabled={add.isPending}
    >
      <FormProblem value={problem} />
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="reportDate"
            label={t('report.date')}
            rules={[{ required: true, message: t('report.dateRequired') }]}
          >
            <DateInput disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="value"
            label={
              target
                ? t(target.kind === 'PERCENT' ? 'report.valueOfPercent' : 'report.valueOf', { unit: targetUnit(target) })
                : t('report.value')
            }
            extra={
              target
                ? t(target.kind === 'PERCENT' ? 'report.valueHintPercent' : 'report.valueHint', {
                    value: target.value,
                    unit: targetUnit(target),
                  })
                : undefined
            }
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="done" valuePropName="checked" label={t('report.doneLabel')}>
            <Checkbox>{t('report.done')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="text"
        label={t('report.text')}
        rules={[{ required: true, whitespace: true, message: t('report.textRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={t('report.textPlaceholder')} />
      </Form.Item>
      <Form.List name="evidenceLinks">
        {(fields, { add: addLink, remove }) => (
          <Form.Item label={t('report.evidenceLinks')} style={{ marginBottom: 12 }}>
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1, marginBottom: 0 }}
                    validateTrigger={['onChange', 'onBlur']}
                    rules={[
                      { required: true, whitespace: true, message: t('report.linkRequired') },
                      {
                        validator: (_, v: string) =>
                          !v || isHttpUrl(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('report.linkInvalid'))),
                      },
                    ]}
                  >
                    <Input type="url" inputMode="url" placeholder={t('report.linkPlaceholder')} aria-label={t('report.linkN', { n: i + 1 })} />
                  </Form.Item>
                  <Button danger type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('report.removeLink')} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => addLink('')} style={{ alignSelf: 'flex-start' }}>
                {t('report.addLink')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('report.submit')}
      </Button>
    </Form>
  )
}
