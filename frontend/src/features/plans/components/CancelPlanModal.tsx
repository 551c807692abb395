import { Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import type { Plan } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useCancelPlan } from '../api/plans'

export function CancelPlanModal({ plan, open, onClose, onCancelled }: {
  plan: Plan
  open: boolean
  onClose: () => void
  onCancelled: (plan: Plan) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ reason?: string }>()
  const cancel = useCancelPlan(plan.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  return (
    <Modal
      open={open}
      title={t('plan.cancelTitle', { reference: plan.reference })}
      okText={t('plan.cancelPlan')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.back')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={cancel.isPending}
      destroyOnHidden
      forceRender
    >
      <FormProblem value={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setProblem(null)
          try {
            onCancelled(await cancel.mutateAsync({ reason: v.reason?.trim() || undefined }))
          } catch (e) {
            setProblem(applyServerErrors(form, e))
          }
        }}
      >
        <Form.Item name="reason" label={t('plan.cancelReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
