import { vi } from 'vitest'

/** A JSON response as the server would send it. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

export function problemResponse(status: number, body: Record<string, unknown>): Response {
  return jsonResponse(status, { status, ...body }, 'application/problem+json')
}

/** Replaces the global fetch; returns the mock to inspect the requests it got. */
export function stubFetch(handler: (request: Request) => Response | Promise<Response>) {
  const mock = vi.fn(async (input: Request | string | URL) => handler(input instanceof Request ? input : new Request(input)))
  vi.stubGlobal('fetch', mock)
  return mock
}
