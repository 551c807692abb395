import { ApiOutlined, KeyOutlined, PlusOutlined, SafetyOutlined, StopOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Tooltip, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import { formatDateTime } from '@/lib/format'
import { useRevokeSystemClient, useRotateSystemClientSecret, useSystemClients } from '../api/systemClients'
import { ClientStatusTag } from '../components/ClientStatusTag'
import { RegisterClientModal } from '../components/RegisterClientModal'
import { ScopesModal } from '../components/ScopesModal'
import { SecretModal } from '../components/SecretModal'
import { WebhooksDrawer } from '../components/WebhooksDrawer'
import { scopeKey, type SystemClient, type SystemClientSecret } from '../systemClient'

const PAGE_SIZE = 20

/** /system-clients — the school and department systems that call the API, with their scopes and secrets. */
export function SystemClientListPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Number(params.get('page')) || 1)
  const clients = useSystemClients({ page, size: PAGE_SIZE })
  const rotate = useRotateSystemClientSecret()
  const revoke = useRevokeSystemClient()

  const [registering, setRegistering] = useState(false)
  const [editingScopes, setEditingScopes] = useState<SystemClient | null>(null)
  const [hooksOf, setHooksOf] = useState<SystemClient | null>(null)
  const [secret, setSecret] = useState<{ value: SystemClientSecret; rotated: boolean } | null>(null)

  const fail = (e: unknown) => {
    const { title, detail } = errorOf(e)
    void message.error(detail ? `${title}: ${detail}` : title)
  }

  const rotateSecret = async (client: SystemClient) => {
    try {
      setSecret({ value: await rotate.mutateAsync(client), rotated: true })
    } catch (e) {
      fail(e)
    }
  }

  const revokeClient = async (client: SystemClient) => {
    try {
      await revoke.mutateAsync(client)
      void message.success(t('systemClient.revoked', { name: client.name }))
    } catch (e) {
      fail(e)
    }
  }

  const columns: TableProps<SystemClient>['columns'] = [
    {
      title: t('systemClient.field.name'),
      dataIndex: 'name',
      render: (_, c) => (
        <Typography.Text strong={!c.revokedAt} type={c.revokedAt ? 'secondary' : undefined}>
          {c.name}
        </Typography.Text>
      ),
    },
    { title: t('systemClient.field.organization'), dataIndex: 'organization', render: (_, c) => c.organization.name },
    {
      title: t('systemClient.field.clientId'),
      dataIndex: 'clientId',
      render: (_, c) => (
        <Typography.Text code copyable={{ tooltips: [t('systemClient.copy'), t('systemClient.copied')] }} style={{ whiteSpace: 'nowrap' }}>
          {c.clientId}
        </Typography.Text>
      ),
    },
    {
      title: t('systemClient.field.scopes'),
      dataIndex: 'scopes',
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.scopes.map((s) => (
            <Tooltip key={s} title={t(`systemClient.scope.${scopeKey(s)}`, { defaultValue: s })}>
              <Tag color={c.revokedAt ? undefined : 'blue'} style={{ marginInlineEnd: 0 }}>
                {s}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    {
      title: t('systemClient.field.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (_, c) => (c.lastUsedAt ? formatDateTime(c.lastUsedAt) : <Typography.Text type="secondary">{t('systemClient.neverUsed')}</Typography.Text>),
    },
    { title: t('systemClient.field.status'), key: 'status', render: (_, c) => <ClientStatusTag client={c} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) =>
        c.revokedAt ? null : (
          <Flex gap={4} wrap>
            <Button size="small" icon={<SafetyOutlined />} onClick={() => setEditingScopes(c)}>
              {t('systemClient.action.scopes')}
            </Button>
            <Button size="small" icon={<ApiOutlined />} onClick={() => setHooksOf(c)}>
              {t('systemClient.action.webhooks')}
            </Button>
            <Popconfirm
              title={t('systemClient.action.rotateTitle', { name: c.name })}
              description={<div style={{ maxWidth: 320 }}>{t('systemClient.action.rotateConfirm')}</div>}
              okText={t('systemClient.action.rotate')}
              cancelText={t('common.cancel')}
              onConfirm={() => rotateSecret(c)}
            >
              <Button size="small" icon={<KeyOutlined />}>
                {t('systemClient.action.rotate')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('systemClient.action.revokeTitle', { name: c.name })}
              description={<div style={{ maxWidth: 320 }}>{t('systemClient.action.revokeConfirm')}</div>}
              okText={t('systemClient.action.revoke')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => revokeClient(c)}
            >
              <Button size="small" danger icon={<StopOutlined />}>
                {t('systemClient.action.revoke')}
              </Button>
            </Popconfirm>
          </Flex>
        ),
    },
  ]

  return (
    <>
      <PageTitle
        title={t('systemClient.listTitle')}
        sub={<Typography.Text type="secondary">{t('systemClient.listHint')}</Typography.Text>}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('systemClient.register')}
          </Button>
        }
      />
      <Card>
        {clients.isError ? (
          <ErrorState error={clients.error} onRetry={() => void clients.refetch()} />
        ) : (
          <Table<SystemClient>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={clients.data?.items}
            loading={clients.isFetching}
            onRow={(c) => (c.revokedAt ? { style: { opacity: 0.55 }, 'aria-disabled': true } : {})}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: clients.isPending ? ' ' : <EmptyState description={t('systemClient.empty')} />,
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: clients.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p) => setParams(p > 1 ? { page: String(p) } : {}, { replace: true }),
            }}
          />
        )}
      </Card>
      <RegisterClientModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(value) => setSecret({ value, rotated: false })}
      />
      <ScopesModal
        client={editingScopes}
        onClose={() => setEditingScopes(null)}
        onSaved={(c) => void message.success(t('systemClient.scopesSaved', { name: c.name }))}
      />
      <WebhooksDrawer client={hooksOf} onClose={() => setHooksOf(null)} />
      <SecretModal value={secret?.value ?? null} rotated={secret?.rotated} onClose={() => setSecret(null)} />
    </>
  )
}
