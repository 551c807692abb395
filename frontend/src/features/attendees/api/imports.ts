import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { fetchFile, saveBlob } from '@/lib/api/download'
import { queryKeys } from '@/lib/api/keys'
import type { ImportJob, ImportRowStatus, Quota } from '@/lib/api/types'
import { useListChanged } from './attendees'

export const IMPORT_PAGE_SIZE = 50
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The spreadsheet template with the Vietnamese headers, saved as a file. */
export function useDownloadTemplate() {
  return useMutation({
    mutationFn: async (quota: Pick<Quota, 'id' | 'category'>) => {
      const { blob, fileName } = await fetchFile(
        api.GET('/api/quotas/{quotaId}/import-template', {
          params: { path: { quotaId: quota.id } },
          headers: { Accept: `${XLSX}, application/problem+json` },
          parseAs: 'blob',
        }),
        `mau-danh-sach-${quota.category.code.toLowerCase()}.xlsx`,
      )
      saveBlob(blob, fileName)
    },
  })
}

export function useUploadImport(quotaId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/quotas/{quotaId}/imports', {
          params: { path: { quotaId } },
          // The generated type says string (binary); the browser sends the File itself.
          body: { file: file as unknown as string },
          bodySerializer: (body) => {
            const form = new FormData()
            form.append('file', body.file as unknown as File)
            return form
          },
        }),
      ),
    onSuccess: (job) => qc.setQueryData(queryKeys.imports.detail(job.id), job),
  })
}

/** Polled every second while the file is being read. */
export function useImportJob(id: number | undefined) {
  return useQuery({
    queryKey: queryKeys.imports.detail(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/imports/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'PARSING' ? 1000 : false),
    staleTime: 0,
  })
}

export function useImportRows(job: ImportJob | undefined, status: ImportRowStatus | undefined, page: number, enabled = true) {
  const id = job?.id ?? 0
  return useQuery({
    queryKey: queryKeys.imports.rows(id, status, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/imports/{id}/rows', {
          params: { path: { id }, query: { status, page, size: IMPORT_PAGE_SIZE } },
          signal,
        }),
      ),
    enabled: enabled && job !== undefined && job.status !== 'PARSING' && job.status !== 'FAILED',
    placeholderData: keepPreviousData,
  })
}

const REFUSED: readonly ImportRowStatus[] = ['INVALID', 'DUPLICATE', 'OVER_QUOTA']
const COUNT_OF: Record<ImportRowStatus, 'validRows' | 'invalidRows' | 'duplicateRows' | 'overQuotaRows'> = {
  VALID: 'validRows',
  INVALID: 'invalidRows',
  DUPLICATE: 'duplicateRows',
  OVER_QUOTA: 'overQuotaRows',
}

/**
 * Every refused row in file order (the server filters one status at a time): the first 100 of each
 * refused status, merged; `truncated` when a status has more (filter by it to page through).
 */
export function useRefusedRows(job: ImportJob, enabled: boolean) {
  const statuses = REFUSED.filter((s) => job[COUNT_OF[s]] > 0)
  return useQueries({
    queries: statuses.map((status) => ({
      queryKey: queryKeys.imports.rows(job.id, status, 1),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/imports/{id}/rows', { params: { path: { id: job.id }, query: { status, page: 1, size: 100 } }, signal })),
      enabled: enabled && job.status !== 'PARSING' && job.status !== 'FAILED',
      placeholderData: keepPreviousData,
    })),
    combine: (results) => {
      const error = results.find((r) => r.isError)?.error ?? null
      const items = results.flatMap((r) => r.data?.items ?? []).sort((a, b) => a.rowNumber - b.rowNumber)
      return {
        data: { items, total: items.length },
        truncated: results.some((r) => (r.data?.total ?? 0) > (r.data?.items.length ?? 0)),
        isPending: results.some((r) => r.isPending),
        isFetching: results.some((r) => r.isFetching),
        isPlaceholderData: results.some((r) => r.isPlaceholderData),
        isError: error !== null,
        error,
        refetch: () => Promise.all(results.map((r) => r.refetch())),
      }
    },
  })
}

/** Corrects a refused row in place; the server judges it again and the counts change. */
export function useUpdateImportRow(id: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ rowNumber, values }: { rowNumber: number; values: Record<string, string> }) =>
      unwrap(api.PUT('/api/imports/{id}/rows/{rowNumber}', { params: { path: { id, rowNumber } }, body: { values } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.imports.detail(id) })
      void qc.invalidateQueries({ queryKey: queryKeys.imports.allRows(id) })
    },
  })
}

/** Creates the valid rows' attendees; the quota's counters move. */
export function useCommitImport(job: ImportJob, eventId: number | undefined) {
  const qc = useQueryClient()
  const changed = useListChanged()
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/imports/{id}/commit', { params: { path: { id: job.id } } })),
    onSuccess: (done) => {
      qc.setQueryData(queryKeys.imports.detail(done.id), done)
      void qc.invalidateQueries({ queryKey: queryKeys.imports.allRows(done.id) })
      if (eventId !== undefined) changed(job.quotaId, eventId)
    },
    onError: () => void qc.invalidateQueries({ queryKey: queryKeys.imports.detail(job.id) }),
  })
}
