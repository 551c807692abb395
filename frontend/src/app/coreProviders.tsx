import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthProvider } from '@/lib/auth/AuthProvider'
import { createQueryClient } from './queryClient'

/** The document's title follows the i18n language. */
function DocumentTitle() {
  const { t, i18n } = useTranslation()
  useEffect(() => {
    document.title = t('app.documentTitle')
  }, [t, i18n.language])
  return null
}

/**
 * What the first script needs: the query client and the session, without the UI library. antd's ConfigProvider and App
 * come with the first page (AntdConfig.tsx, a lazy route in router.tsx), so that index.html's script stays small.
 */
export function CoreProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <DocumentTitle />
      <AuthProvider>{children}</AuthProvider>
    </QueryClientProvider>
  )
}
