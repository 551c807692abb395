import { Flex, Spin } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation } from 'react-router'
import { ErrorState } from '@/components/States'
import { useAuth } from '@/lib/auth/context'

export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { me, loading, error, reload } = useAuth()
  const location = useLocation()

  if (loading) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }} role="status">
        <Spin size="large" description={t('common.loading')} />
      </Flex>
    )
  }
  if (!me && error) return <ErrorState error={error} onRetry={reload} />
  if (!me) {
    const next = location.pathname + location.search
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />
  }
  return children
}
