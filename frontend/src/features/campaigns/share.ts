/** What a public page offers to share: its address, a title and a line of text, in the reader's language. */
export interface ShareData {
  url: string
  title: string
  text: string
}

/** How sharing ended: the phone's share sheet took it, the address was copied, the person closed the sheet, or neither worked. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

type ShareNavigator = Pick<Navigator, 'share' | 'canShare' | 'clipboard'>

/**
 * Shares through the Web Share API where the browser has it (phones: Zalo, Messenger, …); elsewhere, or when the share
 * sheet fails for another reason than being closed, copies the address to the clipboard.
 */
export async function shareLink(data: ShareData, nav: Partial<ShareNavigator> | undefined = globalThis.navigator): Promise<ShareOutcome> {
  if (nav && typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data)
      return 'shared'
    } catch (e) {
      if ((e as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    if (!nav?.clipboard) return 'failed'
    await nav.clipboard.writeText(data.url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
