import { MenuOutlined } from '@ant-design/icons'
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation, useNavigate } from 'react-router'
import { NotificationBell } from '@/features/notifications/components/NotificationBell'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { useNavItems } from './nav'
import { UserMenu } from './UserMenu'

const { Header, Sider, Content } = Layout

export function AppLayout() {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()
  const mobile = !screens.lg
  const [drawerOpen, setDrawerOpen] = useState(false)
  const location = useLocation()
  const navigate = useNavigate()
  const items = useNavItems()

  const selected = items
    .map((i) => i.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1)

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false)
        void navigate(key)
      }}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('nav.menu')}
    />
  )

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          borderTop: '3px solid #c8102e',
          borderBottom: '1px solid #f0f0f0',
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: 'auto',
          minHeight: 64,
          lineHeight: 'normal',
        }}
      >
        {mobile && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.openMenu')}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" style={{ display: 'flex', flexDirection: 'column', minWidth: 0, flex: 1, color: 'inherit' }}>
          <Typography.Text strong ellipsis style={{ color: '#c8102e', fontSize: mobile ? 14 : 16 }}>
            {t('app.name')}
          </Typography.Text>
          {!mobile && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {t('app.tagline')}
            </Typography.Text>
          )}
        </Link>
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu compact={mobile} />
      </Header>
      <Layout>
        {!mobile && (
          <Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Sider>
        )}
        <Drawer
          open={mobile && drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={260}
          title={t('app.shortName')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
        <Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  )
}
