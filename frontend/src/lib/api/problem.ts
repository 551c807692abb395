import type { FieldError, Problem } from './types'

/**
 * An API call that failed. Carries the RFC 9457 problem when the server sent one
 * (application/problem+json), otherwise a synthetic one built from the HTTP status.
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  /** Stable problem code: "version-conflict", "validation-failed"… */
  get code(): string {
    return problemCode(this.problem)
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? []
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** The code of a problem: its `code` member, else the last segment of its `type` URI. */
export function problemCode(problem: Pick<Problem, 'type'> & { code?: string | null }): string {
  if (problem.code) return problem.code
  const type = problem.type ?? ''
  const last = type.split('/').filter(Boolean).pop()
  return last && type !== 'about:blank' ? last : 'unknown'
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function parseFieldErrors(v: unknown): FieldError[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: FieldError[] = []
  for (const item of v) {
    if (!isRecord(item)) continue
    const field = typeof item.field === 'string' ? item.field : ''
    const message = typeof item.message === 'string' ? item.message : ''
    const code = typeof item.code === 'string' ? item.code : ''
    if (message || code) out.push({ field, code, message } as FieldError)
  }
  return out
}

/**
 * Turns whatever an error response carried (already JSON-parsed by openapi-fetch, or raw
 * text) into a Problem. Bodies that are not problems still give a usable title.
 */
export function toProblem(status: number, body: unknown, statusText = ''): Problem {
  if (isRecord(body) && (typeof body.title === 'string' || typeof body.type === 'string')) {
    const problem = {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' ? body.title : statusText,
      status: typeof body.status === 'number' ? body.status : status,
    } as Problem
    const extra = problem as Problem & Record<string, unknown>
    if (typeof body.code === 'string') extra.code = body.code
    if (typeof body.detail === 'string') extra.detail = body.detail
    if (typeof body.instance === 'string') extra.instance = body.instance
    const errors = parseFieldErrors(body.errors)
    if (errors) extra.errors = errors
    return problem
  }
  return { type: 'about:blank', title: statusText, status } as Problem
}

export function apiErrorFrom(response: Response, body: unknown): ApiError {
  return new ApiError(response.status, toProblem(response.status, body, response.statusText))
}

/** `legalBases[1].number` → ['legalBases', 1, 'number'] (antd Form name path). */
export function fieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = []
  const re = /([^.[\]]+)|\[(\d+)\]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(field)) !== null) {
    if (m[2] !== undefined) path.push(Number(m[2]))
    else path.push(m[1])
  }
  return path
}

export interface FormFieldErrors {
  name: (string | number)[]
  errors: string[]
}

/**
 * Splits a problem's field errors into those that belong to a form field (grouped per
 * field, in order) and the rest, which the form shows in its summary.
 * `known` tells whether a name path is a field of the form; by default every path is.
 * `rename` maps server paths onto form paths where they differ.
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  known: (name: (string | number)[]) => boolean = () => true,
  rename: (name: (string | number)[]) => (string | number)[] = (n) => n,
): { fields: FormFieldErrors[]; unmatched: FieldError[] } {
  const byKey = new Map<string, FormFieldErrors>()
  const unmatched: FieldError[] = []
  for (const e of errors) {
    const name = e.field ? rename(fieldPath(e.field)) : []
    if (name.length === 0 || !known(name)) {
      unmatched.push(e)
      continue
    }
    const key = JSON.stringify(name)
    const entry = byKey.get(key) ?? { name, errors: [] }
    entry.errors.push(e.message || e.code)
    byKey.set(key, entry)
  }
  return { fields: [...byKey.values()], unmatched }
}
