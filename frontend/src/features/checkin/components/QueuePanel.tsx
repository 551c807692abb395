import { Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTime } from '@/lib/format'
import type { QueuedScan } from '../door/store'

const SHOWN = 30

/** The scans made offline on this phone, newest first: what the door said and, once synced, the server's verdict. */
export function QueuePanel({ scans }: { scans: QueuedScan[] }) {
  const { t } = useTranslation()
  if (scans.length === 0) return null
  const latest = [...scans].reverse().slice(0, SHOWN)
  return (
    <Card size="small" title={t('checkin.queue.title')} data-testid="door-queue">
      <Flex vertical gap={8} role="list" aria-live="polite">
        {latest.map((s) => (
          <Flex key={s.nonce} vertical gap={2} role="listitem" data-testid="door-queue-item" data-state={s.state} data-verdict={s.result?.verdict ?? ''}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {s.result?.fullName ?? s.fullName ?? s.code ?? t('checkin.queue.unknownCode')}
              </Typography.Text>
              <Typography.Text type="secondary">{formatTime(s.scannedAt)}</Typography.Text>
            </Flex>
            <Flex gap={6} wrap>
              {s.state === 'pending' && <Tag color="orange">{t('checkin.queue.pending')}</Tag>}
              {s.state === 'refused' && <Tag color="red">{t('checkin.queue.refused', { reason: s.error ?? '' })}</Tag>}
              {s.result && (
                <Tag color={s.result.verdict === 'CHECKED_IN' ? 'green' : s.result.verdict === 'ALREADY_CHECKED_IN' ? 'gold' : 'red'}>
                  {t(`checkin.queue.verdict.${s.result.verdict}`, { time: formatTime(s.result.checkedInAt) })}
                </Tag>
              )}
              {s.result?.conflict && <Tag color="volcano">{t('checkin.queue.conflict')}</Tag>}
              {s.local === 'UNKNOWN' && !s.result && <Tag color="red">{t('checkin.queue.notInList')}</Tag>}
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  )
}
