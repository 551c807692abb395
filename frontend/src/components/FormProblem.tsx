import { Alert } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/lib/api/problem'
import type { ServerFormError } from '@/lib/forms'
import { useErrorText } from '@/components/useErrorText'

/** The summary of a failed submit: the problem's title, detail and the field errors no field shows. */
export function FormProblem({ value, title: titleOverride, detail: detailOverride, action }: {
  value: ServerFormError | null
  title?: string
  detail?: string
  action?: ReactNode
}) {
  const { t } = useTranslation()
  const text = useErrorText(value?.error)
  if (!value) return null
  const title = titleOverride ?? text.title
  const detail = detailOverride ?? text.detail
  const fieldCount = isApiError(value.error) ? value.error.fieldErrors.length : 0
  const shownUnderFields = fieldCount - value.unmatched.length
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="form-problem"
      title={title}
      action={action}
      style={{ marginBottom: 16 }}
      description={
        (detail || value.unmatched.length > 0 || shownUnderFields > 0) && (
          <>
            {detail && <div>{detail}</div>}
            {shownUnderFields > 0 && <div>{t('errors.seeFields', { count: shownUnderFields })}</div>}
            {value.unmatched.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {value.unmatched.map((e, i) => (
                  <li key={i}>{e.field ? `${e.field}: ${e.message}` : e.message}</li>
                ))}
              </ul>
            )}
          </>
        )
      }
    />
  )
}
