import { DeleteOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Drawer, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import { formatDateTime } from '@/lib/format'
import { useDeleteWebhook, useWebhooks } from '../api/webhooks'
import type { SystemClient } from '../systemClient'
import { eventKey, type Webhook, type WebhookSecret } from '../webhook'
import { AddWebhookModal } from './AddWebhookModal'
import { DeliveryLog } from './DeliveryLog'
import { WebhookSecretModal } from './WebhookSecretModal'

/** A client's webhook subscriptions: add one (its secret shown once), delete one, read its delivery log. */
export function WebhooksDrawer({ client, onClose }: { client: SystemClient | null; onClose: () => void }) {
  const { t } = useTranslation()
  const webhooks = useWebhooks(client?.id)
  const [adding, setAdding] = useState(false)
  const [secret, setSecret] = useState<WebhookSecret | null>(null)

  return (
    <>
      <Drawer
        open={client !== null}
        onClose={onClose}
        // Escape belongs to the modal on top (the secret one ignores it): it must not close the drawer under it.
        keyboard={!adding && secret === null}
        size={960}
        destroyOnHidden
        title={client ? t('systemClient.webhook.title', { name: client.name }) : null}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('systemClient.webhook.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('systemClient.webhook.hint')}</Typography.Paragraph>
        {webhooks.isError ? (
          <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
        ) : webhooks.isPending ? (
          <LoadingState />
        ) : webhooks.data.length === 0 ? (
          <EmptyState description={t('systemClient.webhook.empty')} />
        ) : (
          <Flex vertical gap={16}>
            {webhooks.data.map((w) => (
              <WebhookCard key={w.id} webhook={w} />
            ))}
          </Flex>
        )}
      </Drawer>
      {client && (
        <AddWebhookModal client={client} open={adding} onClose={() => setAdding(false)} onCreated={setSecret} />
      )}
      <WebhookSecretModal value={secret} onClose={() => setSecret(null)} />
    </>
  )
}

function WebhookCard({ webhook: w }: { webhook: Webhook }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const remove = useDeleteWebhook()
  const [logOpen, setLogOpen] = useState(false)

  const del = async () => {
    try {
      await remove.mutateAsync(w)
      void message.success(t('systemClient.webhook.deleted'))
    } catch (e) {
      const { title, detail } = errorOf(e)
      void message.error(detail ? `${title}: ${detail}` : title)
    }
  }

  return (
    <Card size="small" data-testid={`webhook-${w.id}`}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Typography.Text strong style={{ wordBreak: 'break-all' }}>
              {w.url}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('systemClient.webhook.createdAt', { at: formatDateTime(w.createdAt) })}
            </Typography.Text>
          </Flex>
          {w.active ? (
            <Tag color="green">{t('systemClient.webhook.active')}</Tag>
          ) : (
            <Tag color="red">
              {w.disabledReason
                ? t('systemClient.webhook.disabledBecause', { reason: w.disabledReason })
                : t('systemClient.webhook.disabled')}
            </Tag>
          )}
        </Flex>
        <Flex gap={4} wrap aria-label={t('systemClient.webhook.field.eventTypes')}>
          {w.eventTypes.map((type) => (
            <Tooltip key={type} title={t(`systemClient.webhook.event.${eventKey(type)}`, { defaultValue: type })}>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {type}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
        <Flex gap={8} wrap>
          <Button size="small" icon={<HistoryOutlined />} aria-expanded={logOpen} onClick={() => setLogOpen((o) => !o)}>
            {logOpen ? t('systemClient.webhook.log.hide') : t('systemClient.webhook.log.title')}
          </Button>
          <Popconfirm
            title={t('systemClient.webhook.deleteTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('systemClient.webhook.deleteConfirm')}</div>}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={del}
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Flex>
        {logOpen && <DeliveryLog webhook={w} />}
      </Flex>
    </Card>
  )
}
