import { CheckSquareOutlined, FileTextOutlined, FlagOutlined, HomeOutlined } from '@ant-design/icons'
import type { MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'

type Item = Required<MenuProps>['items'][number] & { key: string }

export function useNavItems(): Item[] {
  const { t } = useTranslation()
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    { key: '/plans', icon: <FileTextOutlined />, label: t('nav.plans') },
    { key: '/tasks', icon: <CheckSquareOutlined />, label: t('nav.tasks') },
    { key: '/campaigns', icon: <FlagOutlined />, label: t('nav.campaigns') },
  ]
}
