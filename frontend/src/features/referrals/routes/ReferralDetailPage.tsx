import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import { useErrorText } from '@/components/useErrorText'
import { formatDateTime } from '@/lib/format'
import { useReferral, useReferralStep } from '../api/referrals'
import { childText } from '../components/childText'
import { CloseReferralModal } from '../components/CloseReferralModal'
import { ReferralStatusTag } from '../components/ReferralStatusTag'
import { SlaBadge } from '../components/SlaBadge'
import type { Referral } from '../referral'

/** /referrals/:referralId — one case, its SLA, and the next step for whoever may take it. */
export function ReferralDetailPage() {
  const { t } = useTranslation()
  const { referralId } = useParams()
  const referral = useReferral(Number(referralId))
  return (
    <>
      <Link to="/referrals">{t('referral.backToList')}</Link>
      {referral.isPending ? (
        <LoadingState />
      ) : referral.isError ? (
        <ErrorState error={referral.error} onRetry={() => void referral.refetch()} />
      ) : (
        <ReferralView referral={referral.data} />
      )}
    </>
  )
}

function ReferralView({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation()
  const step = useReferralStep(r.id)
  const [closing, setClosing] = useState<'close' | 'withdraw' | null>(null)
  const failure = useErrorText(step.error)
  const none = t('common.none')

  return (
    <>
      <PageTitle
        title={t('referral.detailTitle', { code: r.code })}
        sub={
          <>
            <ReferralStatusTag status={r.status} />
            <SlaBadge referral={r} />
            <Typography.Text type="secondary">{t(`referral.sideOf.${r.side}`)}</Typography.Text>
          </>
        }
        extra={
          <Space wrap>
            {r.permissions.canAcknowledge && (
              <Button type="primary" loading={step.isPending} onClick={() => step.mutate({ action: { step: 'acknowledge' }, version: r.version })}>
                {t('referral.action.acknowledge')}
              </Button>
            )}
            {r.permissions.canRecordContact && (
              <Popconfirm
                title={t('referral.action.contactConfirm')}
                okText={t('referral.action.contact')}
                cancelText={t('common.cancel')}
                onConfirm={() => step.mutate({ action: { step: 'first-contact' }, version: r.version })}
              >
                <Button type="primary" loading={step.isPending}>
                  {t('referral.action.contact')}
                </Button>
              </Popconfirm>
            )}
            {r.permissions.canClose && <Button onClick={() => setClosing('close')}>{t('referral.action.close')}</Button>}
            {r.permissions.canWithdraw && (
              <Button danger onClick={() => setClosing('withdraw')}>
                {t('referral.action.withdraw')}
              </Button>
            )}
          </Space>
        }
      />
      {step.isError && (
        <Alert type="error" showIcon role="alert" title={failure.title} description={failure.detail} style={{ marginBottom: 16 }} />
      )}
      <Flex vertical gap={16}>
        <Card title={t('referral.section.case')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('referral.field.riskKind')}>{t(`enums.riskKind.${r.riskKind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.child')}>{childText(t, r)}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.school')}>{r.school?.name ?? none}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.opener')}>{r.opener.name}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.receiver')}>{r.receiver.name}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.note')} span={2}>
              <span style={{ whiteSpace: 'pre-line' }}>{r.note ?? none}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('referral.section.sla')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('referral.field.openedAt')}>{formatDateTime(r.openedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.acknowledgeBy')}>{formatDateTime(r.sla.acknowledgeBy)}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.acknowledgedAt')}>{formatDateTime(r.acknowledgedAt) || none}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.contactBy')}>{formatDateTime(r.sla.contactBy)}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.contactedAt')}>{formatDateTime(r.contactedAt) || none}</Descriptions.Item>
            <Descriptions.Item label={t('referral.field.closedAt')}>{formatDateTime(r.closedAt) || none}</Descriptions.Item>
            {r.outcome && (
              <Descriptions.Item label={t('referral.field.outcome')}>{t(`enums.referralOutcome.${r.outcome}`)}</Descriptions.Item>
            )}
            {r.outcomeNote && (
              <Descriptions.Item label={t('referral.field.outcomeNote')}>
                <span style={{ whiteSpace: 'pre-line' }}>{r.outcomeNote}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </Flex>
      <CloseReferralModal referral={r} withdraw={closing === 'withdraw'} open={closing !== null} onClose={() => setClosing(null)} />
    </>
  )
}
