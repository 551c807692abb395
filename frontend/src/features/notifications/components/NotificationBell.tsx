import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Flex, Popover, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Notification } from '@/lib/api/types'
import { formatDateTime } from '@/lib/format'
import { useLatestNotifications, useMarkRead, useUnreadCount } from '../api/notifications'

function NotificationList({ onOpen }: { onOpen: (n: Notification) => void }) {
  const { t } = useTranslation()
  const list = useLatestNotifications(true)
  if (list.isPending) return <LoadingState />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  if (list.data.items.length === 0) return <EmptyState description={t('notifications.empty')} />
  return (
    <Flex vertical role="list" style={{ maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      {list.data.items.map((n) => (
        <button
          key={n.id}
          type="button"
          role="listitem"
          onClick={() => onOpen(n)}
          style={{
            textAlign: 'left',
            border: 'none',
            borderBottom: '1px solid #f0f0f0',
            background: n.readAt ? 'transparent' : '#e6f4ff',
            padding: '8px 12px',
            cursor: 'pointer',
            font: 'inherit',
          }}
        >
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 2, fontSize: 13 }}>
            {n.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(n.createdAt)}
          </Typography.Text>
        </button>
      ))}
    </Flex>
  )
}

export function NotificationBell() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const unread = useUnreadCount()
  const markRead = useMarkRead()
  const navigate = useNavigate()
  const count = unread.data ?? 0

  const openNotification = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id)
    setOpen(false)
    if (n.taskId != null) void navigate(`/tasks/${n.taskId}`)
    else if (n.planId != null) void navigate(`/plans/${n.planId}`)
  }

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={<div style={{ width: 'min(360px, 85vw)' }}>{open && <NotificationList onOpen={openNotification} />}</div>}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count })}
        data-testid="notification-bell"
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  )
}
