import { Alert, Button, Checkbox, Descriptions, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SystemClientSecret } from '../systemClient'

/** The token endpoint of this deployment, as a client calls it. */
function curlExample(clientId: string, secret: string): string {
  const origin = typeof window !== 'undefined' ? window.location.origin : ''
  return `curl -X POST ${origin}/api/auth/token -d grant_type=client_credentials -d client_id=${clientId} -d client_secret=${secret}`
}

/**
 * The secret of a client, shown this once (the server keeps only its hash). It closes only
 * after the user ticks that they have saved it: no mask click, no Escape, no ×. Closed, it
 * leaves the page at once (no closing animation keeping the secret in the DOM).
 */
export function SecretModal({ value, rotated, onClose }: {
  value: SystemClientSecret | null
  /** A rotation: the previous secret keeps working for 24 hours. */
  rotated?: boolean
  onClose: () => void
}) {
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
      title={rotated ? t('systemClient.secret.rotatedTitle') : t('systemClient.secret.title')}
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
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('systemClient.secret.warning')}
        description={rotated ? t('systemClient.secret.rotatedHint') : undefined}
        style={{ marginBottom: 16 }}
      />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('systemClient.field.name')}>{value.client.name}</Descriptions.Item>
        <Descriptions.Item label={t('systemClient.field.clientId')}>
          <Typography.Text code copyable={copy} data-testid="secret-client-id">
            {value.client.clientId}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('systemClient.field.secret')}>
          <Typography.Text code copyable={copy} data-testid="secret-value" style={{ wordBreak: 'break-all' }}>
            {value.secret}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>{t('systemClient.secret.curlHint')}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ ...copy, text: curlExample(value.client.clientId, value.secret) }}
        data-testid="secret-curl"
        style={{ wordBreak: 'break-all', fontSize: 12 }}
      >
        {curlExample(value.client.clientId, value.secret)}
      </Typography.Paragraph>
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
        {t('systemClient.secret.confirm')}
      </Checkbox>
    </Modal>
  )
}
