import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/api/problem'

/** The user-facing title and detail of any error thrown by an API call. */
export function errorText(t: TFunction, error: unknown): { title: string; detail?: string } {
  if (isApiError(error)) {
    if (error.status === 0) return { title: t('errors.network') }
    if (error.status === 429) {
      // Public pages limit attempts per device: say how long to wait (Retry-After).
      const seconds = 'retryAfter' in error && typeof error.retryAfter === 'number' ? error.retryAfter : undefined
      return {
        title: t('errors.tooManyRequests'),
        detail: seconds ? t('errors.retryAfter', { count: seconds }) : error.problem.detail ?? undefined,
      }
    }
    if (error.status === 404) return { title: error.problem.title || t('errors.notFound'), detail: error.problem.detail }
    return {
      title: error.problem.title || t('errors.http', { status: error.status }),
      detail: error.problem.detail ?? undefined,
    }
  }
  return { title: t('errors.unexpected') }
}

/** The user-facing title and detail of any error thrown by an API call. */
export function useErrorText(error: unknown): { title: string; detail?: string } {
  const { t } = useTranslation()
  return errorText(t, error)
}

/** The same, as a function for errors caught in handlers. */
export function useErrorTextOf(): (error: unknown) => { title: string; detail?: string } {
  const { t } = useTranslation()
  return (error) => errorText(t, error)
}
