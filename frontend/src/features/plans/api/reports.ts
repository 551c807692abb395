import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { streamFile, type DownloadProgress } from '@/lib/api/download'
import { queryKeys } from '@/lib/api/keys'
import type { ReportOptions } from '@/lib/api/types'

/** The official files a plan's page offers, and those of its ceremonies. */
export type ReportFile =
  | { kind: 'docx' | 'pdf'; options: ReportOptions }
  | { kind: 'tasks'; asOf?: string }
  | { kind: 'matrix' | 'attendees'; eventId: number }

const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

function accept(media: string) {
  return { Accept: `${media}, application/problem+json` }
}

/** What the report takes when the form changes nothing: from the plan's standing agency. */
export function useReportDefaults(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.plans.detail(planId), 'report-defaults'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/plans/{planId}/reports/defaults', { params: { path: { planId } }, signal })),
    enabled,
    staleTime: 5 * 60_000,
  })
}

/** Downloads one file as a stream, reporting the bytes as they come; the signal cancels. */
export function downloadReport(
  planId: number,
  file: ReportFile,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal,
) {
  const common = { parseAs: 'stream' as const, signal }
  switch (file.kind) {
    case 'docx':
      return streamFile(
        api.POST('/api/plans/{planId}/reports/progress.docx', {
          params: { path: { planId } },
          body: file.options,
          headers: accept(MEDIA.docx),
          ...common,
        }),
        `bao-cao-tien-do-${planId}.docx`,
        onProgress,
      )
    case 'pdf':
      return streamFile(
        api.POST('/api/plans/{planId}/reports/progress.pdf', {
          params: { path: { planId } },
          body: file.options,
          headers: accept(MEDIA.pdf),
          ...common,
        }),
        `bao-cao-tien-do-${planId}.pdf`,
        onProgress,
      )
    case 'tasks':
      return streamFile(
        api.GET('/api/plans/{planId}/reports/tasks.xlsx', {
          params: { path: { planId }, query: { asOf: file.asOf } },
          headers: accept(MEDIA.xlsx),
          ...common,
        }),
        `nhiem-vu-${planId}.xlsx`,
        onProgress,
      )
    case 'matrix':
      return streamFile(
        api.GET('/api/events/{eventId}/quota-matrix.xlsx', {
          params: { path: { eventId: file.eventId } },
          headers: accept(MEDIA.xlsx),
          ...common,
        }),
        `chi-tieu-moi-${file.eventId}.xlsx`,
        onProgress,
      )
    case 'attendees':
      return streamFile(
        api.GET('/api/events/{eventId}/attendees/export', {
          params: { path: { eventId: file.eventId }, query: { format: 'xlsx' } },
          headers: accept(MEDIA.xlsx),
          ...common,
        }),
        `danh-sach-dai-bieu-${file.eventId}.xlsx`,
        onProgress,
      )
  }
}
