/**
 * The invitation's short code, for people: 8 random symbols and a check symbol computed with Luhn mod N
 * over an alphabet without look-alikes (no 0/O, no 1/I/L), shown as XXX-XXX-XXX. A typo is caught here,
 * before any request (the server checks the same symbol: docs in /work/briefs/door-api.md, README "Ceremonies").
 */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const N = SHORT_CODE_ALPHABET.length // 31
export const SHORT_CODE_LENGTH = 9

function codePoint(symbol: string): number {
  return SHORT_CODE_ALPHABET.indexOf(symbol)
}

/** The check symbol for the data symbols (Luhn mod N: from the rightmost, factor 2, 1, 2, …). */
export function checkSymbol(data: string): string {
  let factor = 2
  let sum = 0
  for (let i = data.length - 1; i >= 0; i--) {
    const cp = codePoint(data[i])
    if (cp < 0) throw new Error(`not a short-code symbol: ${data[i]}`)
    let addend = factor * cp
    addend = Math.floor(addend / N) + (addend % N)
    sum += addend
    factor = factor === 2 ? 1 : 2
  }
  return SHORT_CODE_ALPHABET[(N - (sum % N)) % N]
}

/** Whether the symbols (already normalised) end with a right check symbol. */
export function hasValidCheck(symbols: string): boolean {
  let factor = 1
  let sum = 0
  for (let i = symbols.length - 1; i >= 0; i--) {
    const cp = codePoint(symbols[i])
    if (cp < 0) return false
    let addend = factor * cp
    addend = Math.floor(addend / N) + (addend % N)
    sum += addend
    factor = factor === 2 ? 1 : 2
  }
  return sum % N === 0
}

/** Upper-case, without the spaces, hyphens and dots people type or read out. */
export function normaliseShortCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-–]/g, '')
}

/** "ABCDEFGHJ" → "ABC-DEF-GHJ" (as printed under the QR); anything else is returned as given. */
export function formatShortCode(input: string): string {
  const s = normaliseShortCode(input)
  return s.length === SHORT_CODE_LENGTH ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}` : input
}

export type ShortCodeCheck =
  | { ok: true; code: string; formatted: string }
  /** `symbols`: the characters outside the alphabet (for "wrongSymbols"). */
  | { ok: false; reason: 'empty' | 'length' | 'symbols' | 'check'; symbols?: string[] }

/** Validates what was typed at the door: normalised, right alphabet, right length, right check symbol. */
export function checkShortCode(input: string): ShortCodeCheck {
  const code = normaliseShortCode(input)
  if (!code) return { ok: false, reason: 'empty' }
  const wrong = [...new Set([...code].filter((c) => codePoint(c) < 0))]
  if (wrong.length) return { ok: false, reason: 'symbols', symbols: wrong }
  if (code.length !== SHORT_CODE_LENGTH) return { ok: false, reason: 'length' }
  if (!hasValidCheck(code)) return { ok: false, reason: 'check' }
  return { ok: true, code, formatted: formatShortCode(code) }
}

/** A new code from 8 random symbols (tests and demo cards; the server issues the real ones). */
export function makeShortCode(random: () => number = Math.random): string {
  let data = ''
  for (let i = 0; i < SHORT_CODE_LENGTH - 1; i++) data += SHORT_CODE_ALPHABET[Math.floor(random() * N)]
  return formatShortCode(data + checkSymbol(data))
}
