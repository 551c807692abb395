import { theme } from 'antd'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * True below antd's `md` breakpoint (a phone held upright). Read from the media query itself, so the first
 * render is already the right one; where the browser cannot tell (no matchMedia), the table is kept.
 */
export function usePhoneLayout(): boolean {
  const { token } = theme.useToken()
  const query = `(max-width: ${token.screenSMMax}px)`
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {}
      const list = window.matchMedia(query)
      list.addEventListener?.('change', onChange)
      return () => list.removeEventListener?.('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches,
    () => false,
  )
}
