import { Alert, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { OrgSelect } from '@/components/OrgSelect'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useOpenReferral } from '../api/referrals'
import { ALIAS_MAX, NOTE_MAX, RISK_KINDS, type ReferralInput, type RiskKind } from '../referral'
import { ReceiverSelect } from './ReceiverSelect'

interface Values {
  receivingOrganizationId?: number
  riskKind?: RiskKind
  childAlias?: string
  childAge?: number | null
  childGrade?: number | null
  schoolId?: number
  note?: string
}

/**
 * Opens a case for a child at risk, asking only what the receiver needs: a pseudonym or initials, an age or a grade,
 * the school, the kind of risk. No name, phone or address. The server's field errors show under the fields.
 */
export function ReferralForm({ onOpened }: { onOpened: (id: number) => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const open = useOpenReferral()
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const submission = useSubmission('referral')

  const submit = (v: Values) => {
    setProblem(null)
    const body: ReferralInput = {
      receivingOrganizationId: v.receivingOrganizationId as number,
      riskKind: v.riskKind as RiskKind,
      childAlias: (v.childAlias ?? '').trim(),
      childAge: v.childAge ?? undefined,
      childGrade: v.childGrade ?? undefined,
      schoolId: v.schoolId,
      note: v.note?.trim() || undefined,
    }
    submission.run((key) => open.mutateAsync({ body, key })).then(
      (receipt) => {
        if (receipt) onOpened(receipt.id)
      },
      (e: unknown) => setProblem(applyServerErrors(form, e)),
    )
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional" data-testid="referral-form">
      <Alert type="info" showIcon title={t('referral.form.privacy')} style={{ marginBottom: 16 }} />
      <FormProblem value={problem} />
      <Form.Item
        name="receivingOrganizationId"
        label={t('referral.field.receiver')}
        extra={t('referral.form.receiverHint')}
        rules={[{ required: true, message: t('referral.form.required') }]}
      >
        <ReceiverSelect />
      </Form.Item>
      <Form.Item name="riskKind" label={t('referral.field.riskKind')} rules={[{ required: true, message: t('referral.form.required') }]}>
        <Select<RiskKind>
          placeholder={t('referral.form.riskPlaceholder')}
          options={RISK_KINDS.map((k) => ({ value: k, label: t(`enums.riskKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="childAlias"
        label={t('referral.field.childAlias')}
        extra={t('referral.form.aliasHint')}
        rules={[{ required: true, whitespace: true, message: t('referral.form.required') }]}
      >
        <Input maxLength={ALIAS_MAX} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="childAge" label={t('referral.field.childAge')} extra={t('referral.form.ageOrGrade')}>
            <InputNumber min={0} max={17} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="childGrade" label={t('referral.field.childGrade')}>
            <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="schoolId" label={t('referral.field.school')} extra={t('referral.form.schoolHint')}>
        <OrgSelect />
      </Form.Item>
      <Form.Item name="note" label={t('referral.field.note')} extra={t('referral.form.noteHint')}>
        <Input.TextArea maxLength={NOTE_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submission.pending}>
        {t('referral.form.submit')}
      </Button>
    </Form>
  )
}
