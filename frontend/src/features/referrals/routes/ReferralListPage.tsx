import { AlertOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Select, Tabs, Typography, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { formatDateTime } from '@/lib/format'
import { useReferralAccess, useReferrals } from '../api/referrals'
import { ReferralStatusTag } from '../components/ReferralStatusTag'
import { childText } from '../components/childText'
import { SlaBadge } from '../components/SlaBadge'
import { REFERRAL_STATUSES, type Referral, type ReferralSide, type ReferralStatus } from '../referral'
import { useUrlParams } from '@/lib/useUrlParams'

const PAGE_SIZE = 20

/** /referrals — the cases sent to the caller's organisation (with their SLA) and the ones it opened. */
export function ReferralListPage() {
  const { t } = useTranslation()
  const access = useReferralAccess()
  const [params, setParams] = useSearchParams()

  if (access.isPending) return <LoadingState />
  if (access.isError) return <ErrorState error={access.error} onRetry={() => void access.refetch()} />
  const { canOpen, canReceive, canSeeEscalations } = access.data
  const sides: ReferralSide[] = [...(canReceive ? (['RECEIVED'] as const) : []), ...(canOpen ? (['OPENED'] as const) : [])]
  const side = sides.find((s) => s === params.get('side')) ?? sides[0]

  return (
    <>
      <PageTitle
        title={t('referral.listTitle')}
        sub={<Typography.Text type="secondary">{t('referral.listHint')}</Typography.Text>}
        extra={
          <>
            {canSeeEscalations && (
              <Link to="/referrals/escalations">
                <Button icon={<AlertOutlined />}>{t('referral.escalations.title')}</Button>
              </Link>
            )}
            {canOpen && (
              <Link to="/referrals/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('referral.open')}
                </Button>
              </Link>
            )}
          </>
        }
      />
      {side === undefined ? (
        <Card>
          <EmptyState description={t('referral.noAccess')} />
        </Card>
      ) : (
        <Card>
          <Tabs
            activeKey={side}
            onChange={(k) => setParams({ side: k }, { replace: true })}
            items={sides.map((s) => ({ key: s, label: t(`referral.side.${s}`) }))}
          />
          <ReferralTable key={side} side={side} />
        </Card>
      )}
    </>
  )
}

function ReferralTable({ side }: { side: ReferralSide }) {
  const { t } = useTranslation()
  const [params, update] = useUrlParams()
  const status = REFERRAL_STATUSES.find((s) => s === params.get('status'))
  const page = Math.max(1, Number(params.get('page')) || 1)
  const referrals = useReferrals({ side, status, page, size: PAGE_SIZE })


  const columns: TableProps<Referral>['columns'] = [
    {
      title: t('referral.field.code'),
      dataIndex: 'code',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/referrals/${r.id}`} style={{ fontFamily: 'monospace' }}>
            {r.code}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(r.openedAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('referral.field.riskKind'), dataIndex: 'riskKind', render: (_, r) => t(`enums.riskKind.${r.riskKind}`) },
    { title: t('referral.field.child'), dataIndex: 'childAlias', responsive: ['md'], render: (_, r) => childText(t, r) },
    {
      title: side === 'RECEIVED' ? t('referral.field.opener') : t('referral.field.receiver'),
      dataIndex: side === 'RECEIVED' ? 'opener' : 'receiver',
      responsive: ['lg'],
      render: (_, r) => (side === 'RECEIVED' ? r.opener.name : r.receiver.name),
    },
    {
      title: t('referral.field.status'),
      dataIndex: 'status',
      render: (_, r) => (
        <Flex gap={4} wrap>
          <ReferralStatusTag status={r.status} />
          <SlaBadge referral={r} />
        </Flex>
      ),
    },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select<ReferralStatus>
          allowClear
          placeholder={t('referral.allStatuses')}
          aria-label={t('referral.statusFilter')}
          value={status}
          onChange={(v) => update({ status: v, page: undefined })}
          options={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`enums.referralStatus.${s}`) }))}
          style={{ minWidth: 220 }}
        />
      </Flex>
      {referrals.isError ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : (
        <ResponsiveTable<Referral>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={referrals.data?.items}
          loading={referrals.isFetching}
          locale={{ emptyText: referrals.isPending ? ' ' : <EmptyState description={t(`referral.empty.${side}`)} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: referrals.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (p) => update({ page: p > 1 ? String(p) : undefined }),
          }}
        />
      )}
    </>
  )
}
