import { Alert, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { useAuth } from '@/lib/auth/context'
import { LoginForm } from '../components/LoginForm'

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function LoginPage() {
  const { t } = useTranslation()
  const { me, login, sessionExpired } = useAuth()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const next = safeNext(params.get('next'))

  if (me) return <Navigate to={next} replace />

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={4} style={{ textAlign: 'center', color: '#c8102e', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        {sessionExpired && <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
        <LoginForm
          onLogin={async (u, p) => {
            await login(u, p)
            void navigate(next, { replace: true })
          }}
        />
      </Card>
    </Flex>
  )
}
