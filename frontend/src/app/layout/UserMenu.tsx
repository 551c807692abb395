import { LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useAuth, useMe } from '@/lib/auth/context'

export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation()
  const me = useMe()
  const { logout } = useAuth()
  const navigate = useNavigate()
  const roles = me.roles.map((r) => t(`enums.role.${r}`)).join(', ')

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <Flex vertical style={{ maxWidth: 280 }}>
                <Typography.Text strong>{me.fullName}</Typography.Text>
                <Typography.Text type="secondary">{me.organization?.name}</Typography.Text>
                <Typography.Text type="secondary">{roles}</Typography.Text>
              </Flex>
            ),
          },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') {
            logout()
            void navigate('/login')
          }
        },
      }}
    >
      <Button
        type="text"
        // the name and organisation shown are the button's name; on a narrow screen only the avatar shows
        aria-label={compact ? t('nav.account') : undefined}
        data-testid="user-menu" style={{ height: 'auto', padding: '4px 8px' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && (
            <Flex vertical align="start" style={{ lineHeight: 1.2, maxWidth: 220 }}>
              <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                {me.fullName}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 220 }}>
                {me.organization?.name}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      </Button>
    </Dropdown>
  )
}
