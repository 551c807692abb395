import { Alert, Button, Checkbox, Descriptions, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookSecret } from '../webhook'

/**
 * A subscription's signing secret, shown this once (like a client's secret): it closes only
 * after the user ticks that they have saved it — no mask click, no Escape, no ×.
 */
export function WebhookSecretModal({ value, onClose }: { value: WebhookSecret | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState(false)
  const copy = { tooltips: [t('systemClient.copy'), t('systemClient.copied')] }

  const close = () => {
    setSaved(false)
    onClose()
  }

  if (!value) return null
  return (
    <Modal
      open
      title={t('systemClient.webhook.secret.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" disabled={!saved} onClick={close}>
          {t('systemClient.secret.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon role="alert" title={t('systemClient.webhook.secret.warning')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('systemClient.webhook.field.url')}>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{value.webhook.url}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('systemClient.webhook.field.secret')}>
          <Typography.Text code copyable={copy} data-testid="webhook-secret-value" style={{ wordBreak: 'break-all' }}>
            {value.secret}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }} data-testid="webhook-secret-verify">
        {t('systemClient.webhook.secret.verify')}
      </Typography.Paragraph>
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
        {t('systemClient.webhook.secret.confirm')}
      </Checkbox>
    </Modal>
  )
}
