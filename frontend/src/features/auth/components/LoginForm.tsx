import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '@/components/useErrorText'

interface Values {
  username: string
  password: string
}

/** The sign-in form; shows the server's problem title when the sign-in is refused. */
export function LoginForm({ onLogin }: { onLogin: (username: string, password: string) => Promise<unknown> }) {
  const { t } = useTranslation()
  const [error, setError] = useState<unknown>(null)
  const [submitting, setSubmitting] = useState(false)
  const errorText = useErrorText(error)

  const submit = async (values: Values) => {
    setSubmitting(true)
    setError(null)
    try {
      await onLogin(values.username.trim(), values.password)
    } catch (e) {
      setError(e)
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} size="large" disabled={submitting}>
      {error !== null && (
        <Alert type="error" showIcon role="alert" title={errorText.title} style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form.Item
        label={t('auth.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting}>
        {t('auth.login')}
      </Button>
    </Form>
  )
}
