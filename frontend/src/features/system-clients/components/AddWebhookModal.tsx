import { Alert, Form, Input, Modal, Skeleton } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useCreateWebhook, useWebhookEventTypes } from '../api/webhooks'
import type { SystemClient } from '../systemClient'
import { eventTypesAsOneField, eventTypesFor, type WebhookSecret } from '../webhook'
import { EventTypeCheckboxes } from './EventTypeCheckboxes'

interface Values {
  url?: string
  eventTypes?: string[]
}

const URL_MAX = 2000

/** Subscribes a URL of the client to the event types its scopes allow; the parent shows the secret. */
export function AddWebhookModal({ client, open, onClose, onCreated }: {
  client: SystemClient
  open: boolean
  onClose: () => void
  onCreated: (secret: WebhookSecret) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const create = useCreateWebhook()
  // No Idempotency-Key here: the answer holds the signing secret, which a replay would have to keep in clear. The guard still sends once.
  const submission = useSubmission('webhook', open)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const eventTypes = useWebhookEventTypes(open)
  const types = eventTypesFor(eventTypes.data ?? [], client.scopes)

  const cancel = () => {
    setProblem(null)
    onClose()
  }

  const submit = (v: Values) => {
    setProblem(null)
    const body = { systemClientId: client.id, url: (v.url ?? '').trim(), eventTypes: v.eventTypes ?? [] }
    submission.run(() => create.mutateAsync(body)).then(
      (secret) => {
        if (!secret) return
        onClose()
        onCreated(secret)
      },
      (e: unknown) => setProblem(applyServerErrors(form, e, eventTypesAsOneField)),
    )
  }

  return (
    <Modal
      open={open}
      title={t('systemClient.webhook.addTitle', { name: client.name })}
      okText={t('systemClient.webhook.addOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={cancel}
      okButtonProps={{ disabled: types.length === 0 }}
      confirmLoading={submission.pending}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ eventTypes: [] }}>
        <FormProblem value={problem} />
        <Form.Item
          name="url"
          label={t('systemClient.webhook.field.url')}
          extra={t('systemClient.webhook.form.urlHint')}
          rules={[
            { required: true, whitespace: true, message: t('systemClient.webhook.form.urlRequired') },
            { type: 'url', message: t('systemClient.webhook.form.urlInvalid') },
            { max: URL_MAX, message: t('systemClient.webhook.form.urlTooLong', { max: URL_MAX }) },
          ]}
        >
          <Input maxLength={URL_MAX} autoComplete="off" placeholder={t('systemClient.webhook.form.urlPlaceholder')} />
        </Form.Item>
        {eventTypes.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} title={false} aria-label={t('common.loading')} />
        ) : eventTypes.isError ? (
          <Alert type="error" showIcon title={t('systemClient.webhook.form.eventTypesFailed')} />
        ) : types.length === 0 ? (
          <Alert type="info" showIcon title={t('systemClient.webhook.form.noEventTypes')} />
        ) : (
          <Form.Item
            name="eventTypes"
            label={t('systemClient.webhook.field.eventTypes')}
            extra={t('systemClient.webhook.form.eventTypesHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('systemClient.webhook.form.eventTypesRequired') }]}
          >
            <EventTypeCheckboxes types={types} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
