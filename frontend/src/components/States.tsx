import { Button, Empty, Flex, Result, Spin } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/api/problem'
import { useErrorText } from './useErrorText'

export function LoadingState({ tip }: { tip?: string }) {
  const { t } = useTranslation()
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }} role="status" aria-live="polite">
      <Spin description={tip ?? t('common.loading')} />
    </Flex>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  const { title, detail } = useErrorText(error)
  const status = isApiError(error) ? error.status : 0
  // Asking again will not change a refusal or a missing object.
  const retryable = !isApiError(error) || status === 0 || status >= 500 || status === 429
  return (
    <Result
      status={status === 404 ? '404' : status === 403 ? '403' : 'error'}
      title={title}
      subTitle={detail}
      role="alert"
      extra={
        onRetry &&
        retryable && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  )
}

export function EmptyState({ description, children }: { description?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('common.empty')}>
      {children}
    </Empty>
  )
}
