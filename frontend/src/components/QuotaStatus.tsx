import { LockOutlined } from '@ant-design/icons'
import { Flex, Progress, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Quota } from '@/lib/api/types'
import { quotaDeadlineText, quotaFilledText, quotaFull } from './quotaText'

const TONE = {
  overdue: 'danger',
  today: 'warning',
  soon: 'warning',
  later: 'secondary',
  locked: 'secondary',
} as const

/** A quota's fill and deadline: "12/20 — hạn 28/05/2026 (còn 3 ngày)" with a bar, or "đã khóa". */
export function QuotaStatus({ quota, bar = true }: { quota: Quota; bar?: boolean }) {
  const { t } = useTranslation()
  const deadline = quotaDeadlineText(t, quota)
  const percent = quota.count ? Math.min(100, Math.round((quota.filled / quota.count) * 100)) : undefined
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={6} wrap align="baseline">
        <Typography.Text strong data-testid="quota-filled" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {quotaFilledText(t, quota)}
        </Typography.Text>
        <Typography.Text type="secondary">{t('quota.dash')}</Typography.Text>
        <Typography.Text type={TONE[deadline.tone]} data-testid="quota-deadline">
          {deadline.tone === 'locked' && <LockOutlined style={{ marginInlineEnd: 4 }} />}
          {deadline.text}
        </Typography.Text>
      </Flex>
      {bar && percent !== undefined && (
        <Progress
          percent={percent}
          size="small"
          showInfo={false}
          status={quotaFull(quota) ? 'success' : quota.locked ? 'exception' : 'active'}
          aria-label={t('quota.fillRate')}
        />
      )}
    </Flex>
  )
}
