import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { LinksField } from '@/components/LinksField'
import type { ProgressReportInput, Task } from '@/lib/api/types'
import { isAfterToday, todayForPicker, todayIso } from '@/lib/clock'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { targetUnit, toApiDate } from '@/lib/format'
import { isMeasuredByTargetsRefusal, MEASURED_BY_TARGETS, useAddProgressReport } from '../api/tasks'
import { MeasuredByTargetsNote } from './MeasuredByTargetsNote'

interface Values {
  reportDate: Dayjs
  value?: number | null
  done: boolean
  text: string
  evidenceLinks: string[]
}


/**
 * Reports progress on a task: date, figure reached, done, what was done, links to evidence. For a cooperating agency
 * (permissions.canContribute) the same form sends its contribution: its own figure, never "done" — the task's figure and
 * status are the lead's.
 */
export function ProgressReportForm({ task, onDone }: { task: Task; onDone?: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const add = useAddProgressReport(task.id)
  const submission = useSubmission('progress')
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const contribution = !task.permissions.canReport && task.permissions.canContribute
  const target = contribution ? undefined : task.target
  // The figure and "done" of a task measured by campaign targets are computed; the API refuses them.
  const measured = task.measuredByTargets

  const submit = async (v: Values) => {
    setProblem(null)
    const body: ProgressReportInput = {
      reportDate: toApiDate(v.reportDate) ?? todayIso(),
      value: measured ? undefined : (v.value ?? undefined),
      done: measured || contribution ? undefined : v.done,
      text: v.text.trim(),
      evidenceLinks: (v.evidenceLinks ?? []).map((l) => l.trim()).filter(Boolean),
    }
    try {
      if (!(await submission.run((key) => add.mutateAsync({ body, key })))) return
      form.resetFields()
      onDone?.()
    } catch (e) {
      const refusal = applyServerErrors(form, e)
      // "value"/"done" refused as computed: say it in words rather than the field codes.
      setProblem(
        isMeasuredByTargetsRefusal(e)
          ? { ...refusal, unmatched: refusal.unmatched.filter((f) => f.code !== MEASURED_BY_TARGETS) }
          : refusal,
      )
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="progressReport"
      onFinish={submit}
      initialValues={{ reportDate: todayForPicker(), done: false, text: '', evidenceLinks: [] }}
      disabled={submission.pending}
    >
      <FormProblem value={problem} detail={isMeasuredByTargetsRefusal(problem?.error) ? t('task.measured.refused') : undefined} />
      {contribution && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="report-contribution-note"
          title={t('report.contributionNote', { lead: task.leadOrganization.name })}
        />
      )}
      <MeasuredByTargetsNote task={task} forForm />
      <Row gutter={12}>
        <Col xs={24} sm={measured ? 24 : 8}>
          <Form.Item
            name="reportDate"
            label={t('report.date')}
            rules={[{ required: true, message: t('report.dateRequired') }]}
          >
            <DateInput disabledDate={isAfterToday} />
          </Form.Item>
        </Col>
        {!measured && (
          <>
            <Col xs={24} sm={8}>
              <Form.Item
                name="value"
                label={
                  contribution
                    ? t('report.contributionValue')
                    : target
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
            {!contribution && (
              <Col xs={24} sm={8}>
                <Form.Item name="done" valuePropName="checked" label={t('report.doneLabel')}>
                  <Checkbox>{t('report.done')}</Checkbox>
                </Form.Item>
              </Col>
            )}
          </>
        )}
      </Row>
      <Form.Item
        name="text"
        label={t('report.text')}
        rules={[{ required: true, whitespace: true, message: t('report.textRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={t('report.textPlaceholder')} />
      </Form.Item>
      <LinksField name="evidenceLinks" label={t('report.evidenceLinks')} />
      <Button type="primary" htmlType="submit" loading={submission.pending}>
        {t(contribution ? 'report.contributionSubmit' : 'report.submit')}
      </Button>
    </Form>
  )
}
