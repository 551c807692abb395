import type { FormInstance } from 'antd'
import { isApiError, mapFieldErrors } from '@/lib/api/problem'
import type { FieldError } from '@/lib/api/types'

export interface ServerFormError {
  error: unknown
  /** Field errors that no field of the form can show. */
  unmatched: FieldError[]
}

/**
 * Puts a problem's `errors[]` under the form's own fields and returns what is left for the
 * form's summary. `rename` maps server paths onto form paths where they differ.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  rename?: (name: (string | number)[]) => (string | number)[],
): ServerFormError {
  if (!isApiError(error)) return { error, unmatched: [] }
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)))
  const { fields, unmatched } = mapFieldErrors(
    error.fieldErrors,
    (name) => registered.has(JSON.stringify(name)),
    rename,
  )
  form.setFields(fields)
  if (fields.length > 0) {
    form.scrollToField(fields[0].name, { behavior: 'smooth', block: 'center' })
  }
  return { error, unmatched }
}
