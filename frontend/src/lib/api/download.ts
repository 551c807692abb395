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

/** How far a download has come: bytes received, and the total when the server sent Content-Length. */
export interface DownloadProgress {
  received: number
  total?: number
}

interface StreamResult {
  data?: ReadableStream<Uint8Array> | null
  error?: unknown
  response: Response
}

function networkError(): ApiError {
  return new ApiError(0, { type: 'about:blank', title: '', status: 0, code: 'network' })
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'stream'` and reads the body chunk by chunk,
 * reporting the bytes received (large reports stream without a length; the total comes with
 * Content-Length when the server knows it). Returns the file with its name; an error response
 * becomes an ApiError with the server's problem. An abort (the signal of the call) rethrows the
 * AbortError, so callers can tell a cancel from a failure.
 */
export async function streamFile(
  call: Promise<StreamResult>,
  fallbackName: string,
  onProgress?: (progress: DownloadProgress) => void,
): Promise<{ blob: Blob; fileName: string }> {
  let result: StreamResult
  try {
    result = await call
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw networkError()
  }
  const { data, error, response } = result
  if (!response.ok || !data) throw apiErrorFrom(response, error)
  const length = Number(response.headers.get('Content-Length'))
  const total = Number.isFinite(length) && length > 0 ? length : undefined
  const reader = data.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  onProgress?.({ received, total })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      received += value.byteLength
      onProgress?.({ received, total })
    }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw networkError()
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
  return {
    blob: new Blob(chunks as BlobPart[], { type }),
    fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackName),
  }
}

/** 1536 → "1,5 KB" in the UI's language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`
}
