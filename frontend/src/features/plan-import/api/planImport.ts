import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { PlanDraft } from '@/lib/api/types'

/** Reads a .txt, .docx or .pdf into a draft; nothing is saved. A PDF read by OCR may take a while. */
export function useDraftFromFile() {
  return useMutation({
    mutationFn: ({ file, signal }: { file: File; signal?: AbortSignal }) =>
      unwrap(
        api.POST('/api/plan-imports', {
          // The generated type says string (binary); the browser sends the File itself.
          body: { file: file as unknown as string },
          bodySerializer: (body) => {
            const form = new FormData()
            form.append('file', body.file as unknown as File)
            return form
          },
          signal,
        }),
      ),
  })
}

/** Reads pasted text into a draft; nothing is saved. */
export function useDraftFromText() {
  return useMutation({
    mutationFn: ({ text, signal }: { text: string; signal?: AbortSignal }) =>
      unwrap(api.POST('/api/plan-imports/text', { body: { text }, signal })),
  })
}

/** Creates the plan with the organisations it proposes, its tasks, events, quotas, campaign and targets in one transaction: the body is the draft as received, edited. */
export function useConfirmImport() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, key }: { body: PlanDraft; key: string }) =>
      unwrap(api.POST('/api/plan-imports/confirm', { params: { header: { 'Idempotency-Key': key } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.plans.all })
      void qc.invalidateQueries({ queryKey: queryKeys.tasks.all })
    },
  })
}
