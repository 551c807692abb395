import { useEffect, useState } from 'react'

/** The value as it was `ms` milliseconds after its last change: for searches typed into a box. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value)
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return v
}
