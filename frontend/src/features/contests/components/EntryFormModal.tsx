import { Col, Divider, Form, Input, InputNumber, Modal, Row, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import type { ConsentInput, Contest, ContestCategory, ContestEntry } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useSubmitContestEntry } from '../api/contests'
import { optional } from '../contest'
import { ConsentFields } from './ConsentFields'
import { WorkFields } from './WorkFields'

interface Values {
  category?: ContestCategory
  pupilName: string
  grade?: number
  title: string
  workUrl?: string
  workText?: string
  consent: ConsentInput
}

/** A school enters one of its pupils, with the guardian's consent it holds. */
export function EntryFormModal({ contest, open, onClose, onSaved }: {
  contest: Contest
  open: boolean
  onClose: () => void
  onSaved: (e: ContestEntry) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const submitEntry = useSubmitContestEntry(contest.id)
  // One key per form: a double click or a retry after a lost answer enters the pupil once.
  const submission = useSubmission('entry', open)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = async (v: Values) => {
    setProblem(null)
    try {
      const saved = await submission.run((key) => submitEntry.mutateAsync({
        key,
        body: {
          category: v.category as ContestCategory,
          pupilName: v.pupilName.trim(),
          grade: v.grade ?? undefined,
          title: v.title.trim(),
          workUrl: optional(v.workUrl),
          workText: optional(v.workText),
          consent: { guardianName: v.consent.guardianName.trim(), guardianPhone: optional(v.consent.guardianPhone), method: v.consent.method },
        },
      }))
      if (saved) onSaved(saved)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={t('contestEntry.submitTitle')}
      okText={t('contestEntry.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={submission.pending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <FormProblem value={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="contestEntry"
        initialValues={{ category: contest.categories.length === 1 ? contest.categories[0] : undefined, consent: { guardianName: '' } }}
        onFinish={(v) => void submit(v)}
        disabled={submission.pending}
      >
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="pupilName" label={t('contestEntry.pupilName')} rules={[{ required: true, whitespace: true, message: t('contestEntry.pupilNameRequired') }]}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="grade" label={t('contestEntry.grade')}>
              <InputNumber min={1} max={12} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="category" label={t('contestEntry.category')} rules={[{ required: true, message: t('contestEntry.categoryRequired') }]}>
          <Select aria-label={t('contestEntry.category')} options={contest.categories.map((c) => ({ value: c, label: t(`enums.contestCategory.${c}`) }))} />
        </Form.Item>
        <WorkFields />
        <Divider titlePlacement="start" plain>
          {t('contestEntry.consentSection')}
        </Divider>
        <ConsentFields prefix={['consent']} />
      </Form>
    </Modal>
  )
}
