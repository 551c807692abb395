import { englishIn } from '@/i18n/language'

/** Attributes a person reads (or hears, through a screen reader). */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt']

/**
 * The texts of the page a person reads: each text node and read attribute on its own (so words of neighbours do not run
 * together), leaving out what is not text (scripts, styles) and what is marked as code (<code>, <kbd>, <samp>: an event
 * type a developer subscribes to; `translate="no"`: an address, a short code typed at the door).
 *
 * antd's icons name themselves in English (`<span role="img" aria-label="close">`); a button or link around one carries
 * its own Vietnamese name, so the icon's own label is left to the accessibility checks, not judged here.
 */
export function screenTexts(root?: ParentNode): string[] {
  if (typeof document === 'undefined') return []
  root ??= document.body
  const texts: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement
      if (parent && !parent.closest('script, style, code, kbd, samp, [translate="no"]') && node.textContent?.trim()) texts.push(node.textContent.trim())
    } else if (node instanceof Element && !node.closest('[translate="no"]') && !node.classList.contains('anticon')) {
      for (const a of READ_ATTRIBUTES) {
        const v = node.getAttribute(a)
        if (v?.trim()) texts.push(v.trim())
      }
    }
  }
  return texts
}

/** The texts of a Vietnamese screen that read as English, each with the English words found. */
export function englishOnScreen(root?: ParentNode): string[] {
  return screenTexts(root)
    .map((text) => [text, englishIn(text)] as const)
    .filter(([, words]) => words.length > 0)
    .map(([text, words]) => `${text} [${words.join(', ')}]`)
}
