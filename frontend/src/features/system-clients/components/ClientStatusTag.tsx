import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '@/lib/format'
import { clientState, type SystemClient } from '../systemClient'

/** Active, revoked, or in a rotation while the previous secret still works. */
export function ClientStatusTag({ client }: { client: SystemClient }) {
  const { t } = useTranslation()
  const state = clientState(client)
  switch (state.kind) {
    case 'revoked':
      return <Tag color="default">{t('systemClient.status.revoked')}</Tag>
    case 'rotating':
      return <Tag color="gold">{t('systemClient.status.rotating', { until: formatDateTime(state.until) })}</Tag>
    case 'active':
      return <Tag color="green">{t('systemClient.status.active')}</Tag>
  }
}
