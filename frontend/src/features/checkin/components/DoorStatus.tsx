import { CloudSyncOutlined, DisconnectOutlined, WifiOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTime } from '@/lib/format'
import type { StoredList } from '../door/store'

/** Online or offline, how many scans wait to be sent, and how fresh the door's list is. */
export function DoorStatus({ online, pending, stored, onSync, syncing }: {
  online: boolean
  pending: number
  stored: StoredList | undefined
  onSync: () => void
  syncing: boolean
}) {
  const { t } = useTranslation()
  return (
    <Card size="small" data-testid="door-status" className={online ? 'door-status is-online' : 'door-status is-offline'}>
      <Flex vertical gap={6}>
        <Flex gap={8} align="center" wrap role="status" aria-live="polite">
          {online ? (
            <Tag color="green" icon={<WifiOutlined />} style={{ fontSize: 16, padding: '4px 10px' }} data-testid="door-online">
              {t('checkin.door.online')}
            </Tag>
          ) : (
            <Tag color="red" icon={<DisconnectOutlined />} style={{ fontSize: 16, padding: '4px 10px' }} data-testid="door-offline">
              {t('checkin.door.offline')}
            </Tag>
          )}
          <Tag
            color={pending > 0 ? 'orange' : 'default'}
            style={{ fontSize: 16, padding: '4px 10px' }}
            data-testid="door-pending"
            data-count={pending}
          >
            {t('checkin.door.pending', { count: pending })}
          </Tag>
          {online && pending > 0 && (
            <Button size="large" icon={<CloudSyncOutlined />} loading={syncing} onClick={onSync}>
              {t('checkin.door.syncNow')}
            </Button>
          )}
        </Flex>
        <Typography.Text type="secondary" data-testid="door-list-info">
          {stored
            ? t('checkin.door.listInfo', { count: stored.list.entries.length, time: formatTime(stored.checkedAt) })
            : online
              ? t('checkin.door.listLoading')
              : t('checkin.door.noList')}
        </Typography.Text>
        {!online && <Typography.Text>{t('checkin.door.offlineHint')}</Typography.Text>}
      </Flex>
    </Card>
  )
}
