import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import viVN from 'antd/locale/vi_VN'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { theme } from './theme'

/** antd follows the i18n language: vi_VN by default, en_US after the switch. */
export function AntdConfig({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? enUS : viVN
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

/** The root route's frame (router.tsx): every page, signed in or public, inside antd's configuration. */
export function AntdFrame() {
  return (
    <AntdConfig>
      <Outlet />
    </AntdConfig>
  )
}
