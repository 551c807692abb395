import { Form, Input, Modal } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import type { Plan } from '@/lib/api/types'
import { todayForPicker } from '@/lib/clock'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { fromApiDate, toApiDate } from '@/lib/format'
import { useIssuePlan } from '../api/plans'

interface Values {
  number?: string
  issueDate?: Dayjs
}

/** Issuing gives the plan its registered number and date; the server checks it is complete. */
export function IssuePlanModal({ plan, open, onClose, onIssued }: {
  plan: Plan
  open: boolean
  onClose: () => void
  onIssued: (plan: Plan) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const issue = useIssuePlan(plan.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = async (values: Values) => {
    setProblem(null)
    try {
      const issued = await issue.mutateAsync({ number: values.number?.trim() || undefined, issueDate: toApiDate(values.issueDate) })
      onIssued(issued)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={t('plan.issueTitle')}
      okText={t('plan.issue')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={issue.isPending}
      destroyOnHidden
      forceRender
    >
      <FormProblem value={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ number: plan.number ?? '', issueDate: fromApiDate(plan.issueDate) ?? todayForPicker() }}
      >
        <Form.Item
          name="number"
          label={t('plan.number')}
          extra={t('plan.numberHint', { symbol: plan.symbol })}
          rules={[{ required: true, whitespace: true, message: t('plan.numberRequired') }]}
        >
          <Input suffix={`/${plan.symbol}`} />
        </Form.Item>
        <Form.Item name="issueDate" label={t('plan.issueDate')} rules={[{ required: true, message: t('plan.issueDateRequired') }]}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  )
}
