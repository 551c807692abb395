import { Alert, Form, Input, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '@/components/useErrorText'
import type { OrgRef, ReminderResult } from '@/lib/api/types'
import { useQuotaReminders } from '../api/matrix'

/** Urges the agencies whose lists are not complete yet; each gets its own figures and deadline. */
export function QuotaRemindDialog({ eventId, orgs, open, onClose, onSent }: {
  eventId: number
  orgs: OrgRef[]
  open: boolean
  onClose: () => void
  onSent: (result: ReminderResult) => void
}) {
  const { t } = useTranslation()
  const send = useQuotaReminders(eventId)
  const [message, setMessage] = useState('')
  const error = useErrorText(send.error)

  return (
    <Modal
      open={open}
      title={t('matrix.remindTitle')}
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
      <Typography.Paragraph>{t('matrix.remindIntro', { count: orgs.length })}</Typography.Paragraph>
      <ul style={{ maxHeight: 200, overflowY: 'auto', paddingInlineStart: 20 }} data-testid="remind-orgs">
        {orgs.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      <Form layout="vertical">
        <Form.Item label={t('progress.remindMessage')} htmlFor="quota-remind-message">
          <Input.TextArea
            id="quota-remind-message"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('matrix.remindPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
