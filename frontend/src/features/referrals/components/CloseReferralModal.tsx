import { Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useReferralStep } from '../api/referrals'
import { NOTE_MAX, RECEIVER_OUTCOMES, type Referral, type ReferralOutcome } from '../referral'

interface Values {
  outcome?: ReferralOutcome
  note?: string
}

/** Closes a case with its outcome (the receiver), or withdraws it before acknowledgement (the opener). */
export function CloseReferralModal({ referral, withdraw, open, onClose }: {
  referral: Referral
  withdraw: boolean
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const step = useReferralStep(referral.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = (v: Values) => {
    setProblem(null)
    const outcome: ReferralOutcome = withdraw ? 'WITHDRAWN' : (v.outcome as ReferralOutcome)
    step.mutate(
      { action: { step: 'close', body: { outcome, note: v.note?.trim() || undefined } }, version: referral.version },
      { onSuccess: onClose, onError: (e) => setProblem(applyServerErrors(form, e)) },
    )
  }

  return (
    <Modal
      open={open}
      title={withdraw ? t('referral.action.withdraw') : t('referral.action.close')}
      okText={withdraw ? t('referral.action.withdraw') : t('referral.action.close')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <FormProblem value={problem} />
        {!withdraw && (
          <Form.Item name="outcome" label={t('referral.field.outcome')} rules={[{ required: true, message: t('referral.form.required') }]}>
            <Select<ReferralOutcome> options={RECEIVER_OUTCOMES.map((o) => ({ value: o, label: t(`enums.referralOutcome.${o}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('referral.field.outcomeNote')} extra={t('referral.form.noteHint')}>
          <Input.TextArea maxLength={NOTE_MAX} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
