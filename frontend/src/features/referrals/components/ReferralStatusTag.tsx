import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { REFERRAL_STATUS_COLOR, type ReferralStatus } from '../referral'

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation()
  return <Tag color={REFERRAL_STATUS_COLOR[status]}>{t(`enums.referralStatus.${status}`)}</Tag>
}
