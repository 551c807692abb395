import { Alert, Form, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import type { ConsentInput, ContestEntry } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useRecordConsent } from '../api/contests'
import { optional } from '../contest'
import { ConsentFields } from './ConsentFields'

/** "Ghi nhận đồng ý của phụ huynh": only then the entry goes to the judges. */
export function ConsentModal({ contestId, entry, onClose, onSaved }: {
  contestId: number
  entry: ContestEntry | null
  onClose: () => void
  onSaved: (e: ContestEntry) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<ConsentInput>()
  const record = useRecordConsent(contestId)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = async (v: ConsentInput) => {
    if (!entry) return
    setProblem(null)
    try {
      const saved = await record.mutateAsync({
        entryId: entry.id,
        body: { guardianName: v.guardianName.trim(), guardianPhone: optional(v.guardianPhone), method: v.method },
      })
      onSaved(saved)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={entry !== null}
      title={t('contestEntry.recordConsent')}
      okText={t('contestEntry.confirmConsent')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {entry && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('contestEntry.consentFor', { name: entry.pupilName ?? entry.reference, title: entry.title })}
          description={t('contestEntry.consentHint')}
        />
      )}
      <FormProblem value={problem} />
      <Form<ConsentInput>
        form={form}
        layout="vertical"
        name="consent"
        initialValues={entry?.personalDataMasked ? { guardianName: '' } : { guardianName: entry?.guardianName ?? '', guardianPhone: entry?.guardianPhone }}
        onFinish={(v) => void submit(v)}
        disabled={record.isPending}
      >
        <ConsentFields />
      </Form>
    </Modal>
  )
}
