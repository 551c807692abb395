import { ApiError, apiErrorFrom } from './problem'

/**
 * The file name a response gives in Content-Disposition (RFC 6266: `filename*=UTF-8''…` wins over
 * `filename="…"`), or the fallback.
 */
export function fileNameFrom(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))
    } catch {
      // a badly encoded name: try the plain one
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  const name = plain ? (plain[2] ?? plain[1]).trim() : ''
  return name || fallback
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

interface BlobResult {
  data?: Blob
  error?: unknown
  response: Response
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'blob'` (the token travels in the header, so a
 * plain link would not do) and returns the file with its name; an error becomes an ApiError.
 */
export async function fetchFile(call: Promise<BlobResult>, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  let result: BlobResult
  try {
    result = await call
  } catch {
    throw new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' })
  }
  const { data, error, response } = result
  if (!response.ok || !data) throw apiErrorFrom(response, error)
  return { blob: data, fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackName) }
}
