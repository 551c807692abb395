import { CheckCircleOutlined, ClockCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '@/lib/format'
import { slaState, type Referral } from '../referral'

/**
 * A case's SLA at a glance: what the receiver must do next and by when, in red once the server says it is overdue
 * (acknowledge within 24 hours, first contact within 72). Nothing for a closed case.
 */
export function SlaBadge({ referral }: { referral: Pick<Referral, 'status' | 'sla'> }) {
  const { t } = useTranslation()
  const state = slaState(referral)
  switch (state.kind) {
    case 'closed':
      return null
    case 'inContact':
      return (
        <Tag color="green" icon={<CheckCircleOutlined />} data-testid="sla-badge">
          {t('referral.sla.inContact')}
        </Tag>
      )
    case 'overdue':
      return (
        <Tag color="red" icon={<WarningOutlined />} data-testid="sla-badge" data-overdue="true">
          {t(`referral.sla.overdue.${state.step}`, { due: formatDateTime(state.due) })}
        </Tag>
      )
    case 'due':
      return (
        <Tag color="gold" icon={<ClockCircleOutlined />} data-testid="sla-badge">
          {t(`referral.sla.due.${state.step}`, { due: formatDateTime(state.due) })}
        </Tag>
      )
  }
}
