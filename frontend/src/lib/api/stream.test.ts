import { describe, expect, it } from 'vitest'
import { formatBytes, streamFile, type DownloadProgress } from './download'
import { isApiError } from './problem'

/** A body that arrives in chunks, as a streamed report does. */
function chunked(parts: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const n of parts) controller.enqueue(new Uint8Array(n).fill(65))
      controller.close()
    },
  })
}

function ok(body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return Promise.resolve({ data: body, response: new Response(null, { status: 200, headers }) })
}

describe('streamed downloads', () => {
  it('counts the bytes as they arrive, without a length when the server streams', async () => {
    const seen: DownloadProgress[] = []
    const { blob, fileName } = await streamFile(
      ok(chunked([1000, 2000, 500]), {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="bao-cao-tien-do-120-kh-ubnd-2025-11-23.pdf"',
      }),
      'x.pdf',
      (p) => seen.push(p),
    )
    expect(seen.map((p) => p.received)).toEqual([0, 1000, 3000, 3500])
    expect(seen.every((p) => p.total === undefined)).toBe(true)
    expect(blob.size).toBe(3500)
    expect(blob.type).toBe('application/pdf')
    expect(fileName).toBe('bao-cao-tien-do-120-kh-ubnd-2025-11-23.pdf')
  })

  it('gives the total when the server sends Content-Length', async () => {
    const seen: DownloadProgress[] = []
    await streamFile(ok(chunked([10, 10]), { 'Content-Length': '20' }), 'x.xlsx', (p) => seen.push(p))
    expect(seen.at(-1)).toEqual({ received: 20, total: 20 })
  })

  it('turns a problem+json answer into an ApiError with its code and fields', async () => {
    const problem = {
      type: '/problems/validation-failed',
      code: 'validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [{ field: 'asOf', code: 'InvalidDate', message: 'Ngày không đúng định dạng' }],
    }
    const call = Promise.resolve({
      error: problem,
      response: new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    })
    const error = await streamFile(call, 'x.docx').catch((e: unknown) => e)
    expect(isApiError(error) && error.code).toBe('validation-failed')
    expect(isApiError(error) && error.fieldErrors[0].field).toBe('asOf')
  })

  it('rethrows a cancel as AbortError and a lost connection as a network error', async () => {
    const aborted = await streamFile(Promise.reject(new DOMException('stop', 'AbortError')), 'x').catch((e: unknown) => e)
    expect(aborted).toBeInstanceOf(DOMException)
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('network'))
      },
    })
    const lost = await streamFile(ok(broken, {}), 'x').catch((e: unknown) => e)
    expect(isApiError(lost) && lost.code).toBe('network')
  })

  it('writes sizes for people', () => {
    expect(formatBytes(900, 'vi-VN')).toBe('900 B')
    expect(formatBytes(1536, 'vi-VN')).toBe('1,5 KB')
    expect(formatBytes(1536, 'en-GB')).toBe('1.5 KB')
    expect(formatBytes(3 * 1024 * 1024, 'vi-VN')).toBe('3 MB')
  })
})
