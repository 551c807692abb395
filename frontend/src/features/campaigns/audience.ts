import { useState } from 'react'
import { isApiError } from '@/lib/api/problem'
import type { PublicAudience } from '@/lib/api/types'
import { PUBLIC_AUDIENCES } from '@/lib/status'

/**
 * "Bạn là:" on the public pages (frame, wall, quiz): asked once, remembered in the browser for the
 * other pages, sent with the action so the figure counts toward that audience's targets.
 */
export const AUDIENCE_KEY = 'cantho.publicAudience'

type Store = Pick<Storage, 'getItem' | 'setItem'>

function safeLocalStorage(): Store | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The choice kept in the browser, or undefined (never chosen, or something else stored). */
export function storedAudience(storage: Store | undefined = safeLocalStorage()): PublicAudience | undefined {
  try {
    const v = storage?.getItem(AUDIENCE_KEY)
    return PUBLIC_AUDIENCES.find((a) => a === v)
  } catch {
    return undefined
  }
}

/** Keeps the choice for the other pages; a browser that refuses storage keeps it for this page only. */
export function storeAudience(audience: PublicAudience, storage: Store | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(AUDIENCE_KEY, audience)
  } catch {
    // private mode: the choice lasts for this page
  }
}

/** The page's choice, starting from the stored one. */
export function usePublicAudience(): [PublicAudience | undefined, (a: PublicAudience) => void] {
  const [audience, setAudience] = useState<PublicAudience | undefined>(() => storedAudience())
  const choose = (a: PublicAudience) => {
    setAudience(a)
    storeAudience(a)
  }
  return [audience, choose]
}

/** 409 window-closed: the campaign has ended or not started; its detail says so to a young person. */
export function isWindowClosed(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && e.code === 'window-closed'
}
