import { useSearchParams } from 'react-router'

/**
 * A list page's state in the address (filters, page), so that a link or a reload shows the same list: the current
 * parameters, and an update that sets the given ones and drops the empty ones, replacing the history entry.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    setParams(next, { replace: true })
  }
  return [params, update] as const
}
