/** The rules of a pledge on the Digital Safety Wall, as the form checks them before sending. */

export const PLEDGE_MAX = 280
export const NAME_MAX = 60

/** Characters as a person counts them: an emoji or a letter with its accents is one. */
export function pledgeLength(text: string): number {
  const seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter
  const normal = text.normalize('NFC')
  if (seg) return Array.from(new seg('vi', { granularity: 'grapheme' }).segment(normal)).length
  return [...normal].length
}

/** "12/280", and whether it is over. */
export function pledgeCounter(text: string, max = PLEDGE_MAX): { used: number; max: number; left: number; over: boolean } {
  const used = pledgeLength(text)
  return { used, max, left: max - used, over: used > max }
}

export interface PledgeDraft {
  displayName: string
  unitCode?: string
  /** A template chosen from the campaign's; undefined when the person writes their own. */
  templateIndex?: number
  text?: string
}

export type PledgeProblem = 'nameRequired' | 'nameTooLong' | 'textRequired' | 'textTooLong' | 'unitCodeInvalid'

const UNIT_CODE = /^[A-Za-z0-9._-]{1,40}$/

/** What is wrong with a draft, by field; empty when it can be sent. */
export function validatePledge(d: PledgeDraft, max = PLEDGE_MAX): Partial<Record<'displayName' | 'text' | 'unitCode', PledgeProblem>> {
  const out: Partial<Record<'displayName' | 'text' | 'unitCode', PledgeProblem>> = {}
  const name = d.displayName.trim()
  if (!name) out.displayName = 'nameRequired'
  else if (pledgeLength(name) > NAME_MAX) out.displayName = 'nameTooLong'
  if (d.templateIndex === undefined) {
    const text = (d.text ?? '').trim()
    if (!text) out.text = 'textRequired'
    else if (pledgeLength(text) > max) out.text = 'textTooLong'
  }
  const code = d.unitCode?.trim()
  if (code && !UNIT_CODE.test(code)) out.unitCode = 'unitCodeInvalid'
  return out
}

/**
 * Whether a text seems to carry contact details (a phone number, an e-mail, a link): the server
 * holds such pledges for review; the form warns before sending.
 */
export function looksLikeContact(text: string): boolean {
  const digits = text.replace(/[\s.\-()]/g, '')
  if (/(\+?84|0)\d{8,10}/.test(digits)) return true
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(text)) return true
  return /(https?:\/\/|www\.)\S+/i.test(text) || /\b[a-z0-9-]+\.(com|vn|net|org|me|io)\b/i.test(text)
}

/** The body sent for a draft: the template's index or the trimmed text, and the unit code when given. */
export function pledgeBody(d: PledgeDraft): { displayName: string; unitCode?: string; templateIndex?: number; text?: string } {
  const unitCode = d.unitCode?.trim() || undefined
  return d.templateIndex !== undefined
    ? { displayName: d.displayName.trim(), unitCode, templateIndex: d.templateIndex }
    : { displayName: d.displayName.trim(), unitCode, text: (d.text ?? '').trim() }
}
