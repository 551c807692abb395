import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExtractedField, PlanDraft } from '@/lib/api/types'
import { pathLabel } from '../labels'

/** The interface's name for an extracted field; the importer's own (Vietnamese) label when the path is unknown. */
export function useFieldLabel(draft: Pick<PlanDraft, 'tasks'>): (field: Pick<ExtractedField, 'path' | 'label'>) => string {
  const { t } = useTranslation()
  return useCallback(
    (field) => {
      const label = pathLabel(field.path, draft.tasks)
      return label ? t(label.key, label.params) : field.label
    },
    [t, draft.tasks],
  )
}
