/**
 * The invitation's short code, for people: 8 random symbols and a check symbol over an alphabet without
 * look-alikes (no 0/O, no 1/I/L), shown as XXX-XXX-XXX. The check is a weighted sum modulo the prime 31:
 * with cp_i the index of the i-th symbol (i = 1..9, the check symbol 9th), a code is valid when
 * Σ i·cp_i ≡ 0 (mod 31). Every weight is invertible modulo 31, so every single substitution and every swap
 * of two different symbols (neighbours or not) is caught here, before any request. The server holds the same
 * rule (attendee/ShortCode.java and the database's short_code_check, changeset 023).
 */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const N = SHORT_CODE_ALPHABET.length // 31, a prime
export const SHORT_CODE_LENGTH = 9
/** The inverse of 9 (the check symbol's weight) modulo 31: 9 · 7 = 63 ≡ 1. */
const INVERSE_OF_9 = 7

function codePoint(symbol: string): number {
  return SHORT_CODE_ALPHABET.indexOf(symbol)
}

/** Σ i·cp_i over the symbols (i from 1), or -1 when a symbol is outside the alphabet. */
function weightedSum(symbols: string): number {
  let sum = 0
  for (let i = 0; i < symbols.length; i++) {
    const cp = codePoint(symbols[i])
    if (cp < 0) return -1
    sum += (i + 1) * cp
  }
  return sum
}

/** The check symbol for the 8 data symbols: the one making Σ i·cp_i ≡ 0 (mod 31) over all 9. */
export function checkSymbol(data: string): string {
  const sum = weightedSum(data)
  if (sum < 0) throw new Error(`not short-code symbols: ${data}`)
  return SHORT_CODE_ALPHABET[(((N - (sum % N)) % N) * INVERSE_OF_9) % N]
}

/** Whether the symbols (already normalised, 9 of them) pass the check. */
export function hasValidCheck(symbols: string): boolean {
  const sum = weightedSum(symbols)
  return symbols.length === SHORT_CODE_LENGTH && sum >= 0 && sum % N === 0
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
