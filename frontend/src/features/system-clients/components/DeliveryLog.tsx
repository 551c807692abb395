import { RedoOutlined } from '@ant-design/icons'
import { App, Button, Table, Tag, Tooltip, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import { formatDateTime } from '@/lib/format'
import { useRedeliverWebhook, useWebhookDeliveries } from '../api/webhooks'
import { DELIVERY_STATUS_COLOR, eventKey, type Webhook, type WebhookDelivery } from '../webhook'

const PAGE_SIZE = 10

/** A subscription's delivery log ("Nhật ký gửi"): each event's attempts, and a way to send it again. */
export function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const [page, setPage] = useState(1)
  const deliveries = useWebhookDeliveries(webhook.id, { page, size: PAGE_SIZE })
  const redeliver = useRedeliverWebhook()
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>

  const resend = async (d: WebhookDelivery) => {
    try {
      await redeliver.mutateAsync(d)
      void message.success(t('systemClient.webhook.log.redelivered', { id: d.webhookId }))
    } catch (e) {
      const { title, detail } = errorOf(e)
      void message.error(detail ? `${title}: ${detail}` : title)
    }
  }

  const columns: TableProps<WebhookDelivery>['columns'] = [
    {
      title: t('systemClient.webhook.log.webhookId'),
      dataIndex: 'webhookId',
      render: (_, d) => (
        <Typography.Text code copyable={{ tooltips: [t('systemClient.copy'), t('systemClient.copied')] }} style={{ whiteSpace: 'nowrap' }}>
          {d.webhookId}
        </Typography.Text>
      ),
    },
    {
      title: t('systemClient.webhook.log.type'),
      dataIndex: 'type',
      render: (_, d) => (
        <Tooltip title={t(`systemClient.webhook.event.${eventKey(d.type)}`, { defaultValue: d.type })}>
          <Typography.Text code>{d.type}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('systemClient.webhook.log.status'),
      dataIndex: 'status',
      render: (_, d) => (
        <Tag color={DELIVERY_STATUS_COLOR[d.status]} style={{ marginInlineEnd: 0 }}>
          {t(`systemClient.webhook.deliveryStatus.${d.status}`)}
        </Tag>
      ),
    },
    { title: t('systemClient.webhook.log.attempts'), dataIndex: 'attempts', align: 'right' },
    {
      title: t('systemClient.webhook.log.last'),
      key: 'last',
      render: (_, d) =>
        d.lastAttemptAt ? (
          <Typography.Text>
            {formatDateTime(d.lastAttemptAt)}
            {d.lastStatus !== undefined && <Tag style={{ marginInlineStart: 8 }}>HTTP {d.lastStatus}</Tag>}
            {d.lastError && (
              <Typography.Text type="danger" style={{ display: 'block', maxWidth: 280, wordBreak: 'break-word' }}>
                {d.lastError}
              </Typography.Text>
            )}
          </Typography.Text>
        ) : (
          none
        ),
    },
    {
      title: t('systemClient.webhook.log.nextAttemptAt'),
      dataIndex: 'nextAttemptAt',
      render: (_, d) => (d.status === 'PENDING' && d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : none),
    },
    {
      title: t('systemClient.webhook.log.deliveredAt'),
      dataIndex: 'deliveredAt',
      render: (_, d) => (d.deliveredAt ? formatDateTime(d.deliveredAt) : none),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) => (
        <Button
          size="small"
          icon={<RedoOutlined />}
          loading={redeliver.isPending && redeliver.variables?.id === d.id}
          onClick={() => void resend(d)}
        >
          {t('systemClient.webhook.log.redeliver')}
        </Button>
      ),
    },
  ]

  if (deliveries.isError) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />
  return (
    <Table<WebhookDelivery>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={deliveries.data?.items}
      loading={deliveries.isFetching}
      scroll={{ x: 'max-content' }}
      aria-label={t('systemClient.webhook.log.title')}
      locale={{ emptyText: deliveries.isPending ? ' ' : <EmptyState description={t('systemClient.webhook.log.empty')} /> }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: deliveries.data?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: setPage,
      }}
    />
  )
}
