import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '@/components/useErrorText'
import type { OrgRef, ReminderResult } from '@/lib/api/types'

type Body = { organizationIds: number[]; message?: string }

/**
 * Confirms an "Đôn đốc": who is urged, with an optional message, then reports how many were
 * notified. The plan's progress page and the quota matrix each give it their sending mutation.
 */
export function ReminderDialog({ orgs, open, onClose, onSent, send, texts, idPrefix, maxLength }: {
  orgs: OrgRef[]
  open: boolean
  onClose: () => void
  onSent: (result: ReminderResult) => void
  send: { mutateAsync: (body: Body) => Promise<ReminderResult>; isPending: boolean; isError: boolean; error: unknown }
  texts: { title: string; intro: string; placeholder: string }
  idPrefix: string
  maxLength: number
}) {
  const { t } = useTranslation()
  const [message, setMessage] = useState('')
  const error = useErrorText(send.error)
  const messageId = `${idPrefix}-message`

  return (
    <Modal
      open={open}
      title={texts.title}
      okText={t('progress.remindConfirm', { count: orgs.length })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: orgs.length === 0 }}
      confirmLoading={send.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          const res = await send.mutateAsync({ organizationIds: orgs.map((o) => o.id), message: message.trim() || undefined })
          setMessage('')
          onSent(res)
        } catch {
          // shown below from send.error
        }
      }}
      destroyOnHidden
    >
      {send.isError && <Alert type="error" showIcon title={error.title} description={error.detail} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{texts.intro}</Typography.Paragraph>
      <ul style={{ maxHeight: 200, overflowY: 'auto', paddingInlineStart: 20 }} data-testid="remind-orgs">
        {orgs.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      <Form layout="vertical">
        <Form.Item label={t('progress.remindMessage')} htmlFor={messageId}>
          <Input.TextArea
            id={messageId}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={maxLength}
            placeholder={texts.placeholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
