import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import viVN from 'antd/locale/vi_VN'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthProvider } from '@/lib/auth/AuthProvider'
import { createQueryClient } from './queryClient'
import { theme } from './theme'

/** antd follows the i18n language: vi_VN by default, en_US after the switch. */
function LocalizedConfig({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language === 'en' ? enUS : viVN
  useEffect(() => {
    document.title = t('app.documentTitle')
  }, [t, i18n.language])
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedConfig>
        <AuthProvider>{children}</AuthProvider>
      </LocalizedConfig>
    </QueryClientProvider>
  )
}
