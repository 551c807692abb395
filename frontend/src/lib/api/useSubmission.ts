import { useCallback, useEffect, useRef, useState } from 'react'
import { newIdempotencyKey } from './idempotency'
import { isApiError } from './problem'

export interface Submission {
  /** The Idempotency-Key of the current submission. */
  key: string
  /** True while a submission is on its way: the submit button is disabled (and a second click ignored). */
  pending: boolean
  /**
   * Sends once: a call while another is on its way is ignored (resolves undefined). The key stays the same across retries of
   * the same submission (a lost answer replays the first creation), and is renewed after a success, or when the server says
   * the key went with another body (idempotency-key-reused). Errors are rethrown for the form to show.
   */
  run: <T>(send: (key: string) => Promise<T>) => Promise<T | undefined>
}

/**
 * One create dialog's submission: its own Idempotency-Key, made when the dialog opens and kept across retries, a new one
 * after a success or once the dialog closed; and a guard so a double click sends once. Every create dialog uses this.
 */
export function useSubmission(prefix: string, open = true): Submission {
  const [key, setKey] = useState(() => newIdempotencyKey(prefix))
  const [pending, setPending] = useState(false)
  const current = useRef(key)
  const inFlight = useRef(false)
  const wasOpen = useRef(open)

  const renew = useCallback(() => {
    current.current = newIdempotencyKey(prefix)
    setKey(current.current)
  }, [prefix])

  useEffect(() => {
    // closed: the next opening is another submission
    if (wasOpen.current && !open) renew()
    wasOpen.current = open
  }, [open, renew])

  const run = useCallback(
    async <T,>(send: (key: string) => Promise<T>): Promise<T | undefined> => {
      if (inFlight.current) return undefined
      inFlight.current = true
      setPending(true)
      try {
        const result = await send(current.current)
        renew()
        return result
      } catch (e) {
        if (isApiError(e) && e.code === 'idempotency-key-reused') renew()
        throw e
      } finally {
        inFlight.current = false
        setPending(false)
      }
    },
    [renew],
  )

  return { key, pending, run }
}
