import { api } from '@/lib/api/client'
import { streamFile, type DownloadProgress } from '@/lib/api/download'

/** The campaign's summary report: the Word file to sign, the PDF to send, every unit's figures in Excel. */
export type SummaryFile = 'docx' | 'pdf' | 'xlsx'

const MEDIA: Record<SummaryFile, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Downloads one file of the summary as a stream, reporting the bytes as they come; the signal cancels. */
export function downloadSummary(
  campaignId: number,
  file: SummaryFile,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal,
) {
  const init = {
    params: { path: { campaignId } },
    headers: { Accept: `${MEDIA[file]}, application/problem+json` },
    parseAs: 'stream' as const,
    signal,
  }
  switch (file) {
    case 'docx':
      return streamFile(api.GET('/api/campaigns/{campaignId}/summary-report.docx', init), `bao-cao-tong-ket-${campaignId}.docx`, onProgress)
    case 'pdf':
      return streamFile(api.GET('/api/campaigns/{campaignId}/summary-report.pdf', init), `bao-cao-tong-ket-${campaignId}.pdf`, onProgress)
    case 'xlsx':
      return streamFile(api.GET('/api/campaigns/{campaignId}/summary-figures.xlsx', init), `so-lieu-chien-dich-${campaignId}.xlsx`, onProgress)
  }
}
