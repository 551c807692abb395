import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { useReferralAccess } from '../api/referrals'
import { ReferralForm } from '../components/ReferralForm'

/** /referrals/new — a school, police or union officer opens a case. */
export function ReferralCreatePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const access = useReferralAccess()
  return (
    <>
      <Link to="/referrals">{t('referral.backToList')}</Link>
      <PageTitle title={t('referral.open')} />
      <Card style={{ maxWidth: 760 }}>
        {access.isPending ? (
          <LoadingState />
        ) : access.isError ? (
          <ErrorState error={access.error} onRetry={() => void access.refetch()} />
        ) : !access.data.canOpen ? (
          <EmptyState description={t('referral.cannotOpen')} />
        ) : (
          <ReferralForm onOpened={(id) => void navigate(`/referrals/${id}`)} />
        )}
      </Card>
    </>
  )
}
