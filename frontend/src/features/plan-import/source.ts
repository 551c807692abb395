import { isApiError } from '@/lib/api/problem'

/** The server's limits (SourceText): 20 MB per file, 400 000 characters of text. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const MAX_TEXT_CHARS = 400_000

const EXTENSIONS = ['txt', 'docx', 'pdf'] as const

export type FileProblem = 'type' | 'size' | 'empty'

/** What is wrong with a chosen file before sending it; null when it may go. The server checks the bytes again. */
export function checkFile(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? ''
  if (!file.name.includes('.') || !(EXTENSIONS as readonly string[]).includes(ext)) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_FILE_BYTES) return 'size'
  return null
}

export type ProblemHint = 'tooLarge' | 'unsupported' | 'Empty' | 'NoTextLayer' | 'NotAPlan'

const FIELD_HINTS = new Set<string>(['Empty', 'NoTextLayer', 'NotAPlan'])

/** The advice that goes with a refused document, by the problem's status and its field error code. */
export function problemHint(error: unknown): ProblemHint | null {
  if (!isApiError(error)) return null
  if (error.status === 413) return 'tooLarge'
  if (error.status === 415) return 'unsupported'
  const code = error.fieldErrors.map((f) => f.code).find((c) => FIELD_HINTS.has(c))
  return (code as ProblemHint | undefined) ?? null
}
