import { Form, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useSetSystemClientScopes } from '../api/systemClients'
import { scopesAsOneField, type SystemClient } from '../systemClient'
import { ScopeCheckboxes } from './ScopeCheckboxes'

interface Values {
  scopes?: string[]
}

/** Changes what a client may do; its tokens follow at once. */
export function ScopesModal({ client, onClose, onSaved }: {
  client: SystemClient | null
  onClose: () => void
  onSaved: (client: SystemClient) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const setScopes = useSetSystemClientScopes()
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const close = () => {
    setProblem(null)
    onClose()
  }

  const submit = (v: Values) => {
    if (!client) return
    setProblem(null)
    setScopes.mutate(
      { client, scopes: v.scopes ?? [] },
      {
        onSuccess: (saved) => {
          close()
          onSaved(saved)
        },
        onError: (e) => setProblem(applyServerErrors(form, e, scopesAsOneField)),
      },
    )
  }

  return (
    <Modal
      open={client !== null}
      title={client ? t('systemClient.scopesTitle', { name: client.name }) : undefined}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={setScopes.isPending}
      destroyOnHidden
      width={560}
    >
      {client && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ scopes: client.scopes }}>
          <FormProblem value={problem} />
          <Form.Item
            name="scopes"
            label={t('systemClient.field.scopes')}
            extra={t('systemClient.form.scopesHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('systemClient.form.scopesRequired') }]}
          >
            <ScopeCheckboxes />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
