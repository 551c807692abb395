import { Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { OrgSelect } from '@/components/OrgSelect'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useRegisterSystemClient } from '../api/systemClients'
import { scopesAsOneField, type SystemClientSecret } from '../systemClient'
import { ScopeCheckboxes } from './ScopeCheckboxes'

interface Values {
  name?: string
  organizationId?: number
  scopes?: string[]
}

const NAME_MAX = 200

/** Registers a system client; the parent shows the secret the answer carries. */
export function RegisterClientModal({ open, onClose, onRegistered }: {
  open: boolean
  onClose: () => void
  onRegistered: (secret: SystemClientSecret) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const register = useRegisterSystemClient()
  // No Idempotency-Key here: the answer holds the secret, which a replay would have to keep in clear. The guard still sends once.
  const submission = useSubmission('client', open)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const cancel = () => {
    setProblem(null)
    onClose()
  }

  const submit = (v: Values) => {
    setProblem(null)
    const body = { name: (v.name ?? '').trim(), organizationId: v.organizationId as number, scopes: v.scopes ?? [] }
    submission.run(() => register.mutateAsync(body)).then(
      (secret) => {
        if (!secret) return
        onClose()
        onRegistered(secret)
      },
      (e: unknown) => setProblem(applyServerErrors(form, e, scopesAsOneField)),
    )
  }

  return (
    <Modal
      open={open}
      title={t('systemClient.register')}
      okText={t('systemClient.registerOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={submission.pending}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ scopes: [] }}>
        <FormProblem value={problem} />
        <Form.Item
          name="name"
          label={t('systemClient.field.name')}
          extra={t('systemClient.form.nameHint')}
          rules={[
            { required: true, whitespace: true, message: t('systemClient.form.nameRequired') },
            { max: NAME_MAX, message: t('systemClient.form.nameTooLong', { max: NAME_MAX }) },
          ]}
        >
          <Input maxLength={NAME_MAX} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('systemClient.field.organization')}
          extra={t('systemClient.form.organizationHint')}
          rules={[{ required: true, message: t('systemClient.form.organizationRequired') }]}
        >
          <OrgSelect aria-label={t('systemClient.field.organization')} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('systemClient.field.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('systemClient.form.scopesRequired') }]}
        >
          <ScopeCheckboxes />
        </Form.Item>
      </Form>
    </Modal>
  )
}
