import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { WebhookSecret } from '../webhook'
import { ShowOnceModal } from './ShowOnceModal'

/** A subscription's signing secret, shown this once, with how a receiver verifies a delivery. */
export function WebhookSecretModal({ value, onClose }: { value: WebhookSecret | null; onClose: () => void }) {
  const { t } = useTranslation()
  const copy = { tooltips: [t('systemClient.copy'), t('systemClient.copied')] }
  if (!value) return null
  return (
    <ShowOnceModal
      title={t('systemClient.webhook.secret.title')}
      warning={t('systemClient.webhook.secret.warning')}
      confirm={t('systemClient.webhook.secret.confirm')}
      onClose={onClose}
    >
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
    </ShowOnceModal>
  )
}
