import { ApiOutlined, CheckSquareOutlined, FileTextOutlined, FlagOutlined, HeartOutlined, HomeOutlined } from '@ant-design/icons'
import type { MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { useReferralAccess } from '@/features/referrals/api/referrals'
import { useAuth } from '@/lib/auth/context'
import { canManageSystemClients } from '@/lib/auth/roles'

type Item = Required<MenuProps>['items'][number] & { key: string }

export function useNavItems(): Item[] {
  const { t } = useTranslation()
  // Support referrals: for those who open or receive cases, and the standing agency's counts (the server's rule).
  const referrals = useReferralAccess().data
  const seesReferrals = !!referrals && (referrals.canOpen || referrals.canReceive || referrals.canSeeEscalations)
  const { me } = useAuth()
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    { key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') },
    { key: '/tasks', icon: <CheckSquareOutlined />, label: t('nav.tasks') },
    { key: '/campaigns', icon: <FlagOutlined />, label: t('nav.campaigns') },
    ...(seesReferrals ? [{ key: '/referrals', icon: <HeartOutlined />, label: t('nav.referrals') }] : []),
    ...(me && canManageSystemClients(me) ? [{ key: '/system-clients', icon: <ApiOutlined />, label: t('nav.systemClients') }] : []),
  ]
}
