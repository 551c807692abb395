import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SystemClientSecret } from '../systemClient'
import { ShowOnceModal } from './ShowOnceModal'

/** The token endpoint of this deployment, as a client calls it. */
function curlExample(clientId: string, secret: string): string {
  const origin = typeof window !== 'undefined' ? window.location.origin : ''
  return `curl -X POST ${origin}/api/auth/token -d grant_type=client_credentials -d client_id=${clientId} -d client_secret=${secret}`
}

/** The secret of a client, shown this once (the server keeps only its hash), with how to use it. */
export function SecretModal({ value, rotated, onClose }: {
  value: SystemClientSecret | null
  /** A rotation: the previous secret keeps working for 24 hours. */
  rotated?: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const copy = { tooltips: [t('systemClient.copy'), t('systemClient.copied')] }
  if (!value) return null
  return (
    <ShowOnceModal
      title={rotated ? t('systemClient.secret.rotatedTitle') : t('systemClient.secret.title')}
      warning={t('systemClient.secret.warning')}
      hint={rotated ? t('systemClient.secret.rotatedHint') : undefined}
      confirm={t('systemClient.secret.confirm')}
      onClose={onClose}
    >
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
    </ShowOnceModal>
  )
}
