import { Card, Col, Row, Statistic, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { formatDateTime } from '@/lib/format'
import { useReferralAccess, useReferralEscalations } from '../api/referrals'
import type { ReferralEscalations } from '../referral'

type Row = ReferralEscalations['receivers'][number]

/** /referrals/escalations — the standing agency's view: overdue cases by receiving organisation, counts only. */
export function ReferralEscalationsPage() {
  const { t } = useTranslation()
  const access = useReferralAccess()
  const allowed = access.data?.canSeeEscalations === true
  const counts = useReferralEscalations(allowed)
  return (
    <>
      <Link to="/referrals">{t('referral.backToList')}</Link>
      <PageTitle
        title={t('referral.escalations.title')}
        sub={<Typography.Text type="secondary">{t('referral.escalations.hint')}</Typography.Text>}
      />
      {access.isPending || (allowed && counts.isPending) ? (
        <LoadingState />
      ) : access.isError ? (
        <ErrorState error={access.error} onRetry={() => void access.refetch()} />
      ) : !allowed ? (
        <Card>
          <EmptyState description={t('referral.escalations.notAllowed')} />
        </Card>
      ) : counts.isError ? (
        <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
      ) : counts.data ? (
        <Counts data={counts.data} />
      ) : null}
    </>
  )
}

function Counts({ data }: { data: ReferralEscalations }) {
  const { t } = useTranslation()
  return (
    <Card extra={<Typography.Text type="secondary">{t('referral.escalations.asOf', { at: formatDateTime(data.asOf) })}</Typography.Text>}>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8}>
          <Statistic title={t('referral.escalations.overdueCases')} value={data.overdueCases} />
        </Col>
        <Col xs={12} sm={8}>
          <Statistic title={t('referral.escalations.acknowledgement')} value={data.acknowledgementOverdue} />
        </Col>
        <Col xs={12} sm={8}>
          <Statistic title={t('referral.escalations.firstContact')} value={data.firstContactOverdue} />
        </Col>
      </Row>
      <Table<Row>
        rowKey={(r) => r.organization.id}
        size="middle"
        pagination={false}
        dataSource={data.receivers}
        locale={{ emptyText: <EmptyState description={t('referral.escalations.none')} /> }}
        columns={[
          { title: t('referral.field.receiver'), dataIndex: ['organization', 'name'] },
          { title: t('referral.escalations.acknowledgement'), dataIndex: 'acknowledgementOverdue', align: 'right' },
          { title: t('referral.escalations.firstContact'), dataIndex: 'firstContactOverdue', align: 'right' },
          { title: t('referral.escalations.overdueCases'), dataIndex: 'overdueCases', align: 'right' },
        ]}
      />
    </Card>
  )
}
