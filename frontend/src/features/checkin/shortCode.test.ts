import { describe, expect, it } from 'vitest'
import {
  SHORT_CODE_ALPHABET,
  checkShortCode,
  checkSymbol,
  formatShortCode,
  hasValidCheck,
  makeShortCode,
  normaliseShortCode,
} from './shortCode'

/** A small seeded generator, so that the sampled codes are the same on every run. */
function seeded(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

const A = SHORT_CODE_ALPHABET

describe('the short code', () => {
  it('computes the Luhn mod 31 check symbol as worked by hand', () => {
    // data "22222222": every code point 0 → sum 0 → check cp 0 → "2"
    expect(checkSymbol('22222222')).toBe('2')
    // data "23": from the right: 3 has cp 1, factor 2 → 2; 2 has cp 0 → 0; sum 2 → check cp 29 → "Y"
    expect(checkSymbol('23')).toBe(A[29])
    // data "Z": cp 30, factor 2 → 60 → 60/31 = 1, 60%31 = 29 → 30 → check cp 1 → "3"
    expect(checkSymbol('Z')).toBe('3')
    expect(hasValidCheck('Z3')).toBe(true)
    expect(hasValidCheck('222222222')).toBe(true)
  })

  it('accepts a valid code in any formatting', () => {
    const code = makeShortCode(seeded(7))
    expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/)
    const plain = code.replace(/-/g, '')
    for (const typed of [code, plain, plain.toLowerCase(), ` ${plain.slice(0, 3)} ${plain.slice(3, 6)}.${plain.slice(6)} `]) {
      expect(checkShortCode(typed)).toEqual({ ok: true, code: plain, formatted: code })
    }
  })

  it('catches every single-symbol substitution but the one Luhn mod 31 cannot (±15 on a doubled symbol)', () => {
    // With an odd N the doubling step is not one-to-one: 2·cp reduced as floor(x/31) + x%31 gives the same
    // addend for cp and cp+15 (1 and 16, …, 15 and 30). A symbol in a doubled place (2nd, 4th, … from the
    // right, counting the check symbol) swapped for its partner passes; every other substitution is caught.
    const rnd = seeded(42)
    let caught = 0
    let missed = 0
    for (let n = 0; n < 20; n++) {
      const code = normaliseShortCode(makeShortCode(rnd))
      for (let i = 0; i < code.length; i++) {
        const doubled = (code.length - 1 - i) % 2 === 1
        for (const c of A) {
          if (c === code[i]) continue
          const typo = code.slice(0, i) + c + code.slice(i + 1)
          const partner = doubled && Math.abs(A.indexOf(c) - A.indexOf(code[i])) === 15 && A.indexOf(c) > 0 && A.indexOf(code[i]) > 0
          expect(hasValidCheck(typo), `${code} → ${typo}`).toBe(partner)
          if (partner) missed++
          else caught++
        }
      }
    }
    // 9 places × 30 wrong symbols × 20 codes, of which at most one per doubled place slips
    expect(caught + missed).toBe(20 * 9 * 30)
    expect(missed).toBeLessThanOrEqual(20 * 4)
  })

  it('catches adjacent transpositions wherever Luhn mod N catches them', () => {
    // Luhn mod N misses a swap of two neighbours only when their code points a, b satisfy
    // f(a) + 2b ≡ 2a + b-ish: precisely when addend(2·a) + b == addend(2·b) + a (mod 31).
    const addend2 = (cp: number) => Math.floor((2 * cp) / 31) + ((2 * cp) % 31)
    const missed = (a: number, b: number) => (addend2(a) + b) % 31 === (addend2(b) + a) % 31
    const rnd = seeded(3)
    let caught = 0
    let allowed = 0
    for (let n = 0; n < 50; n++) {
      const code = normaliseShortCode(makeShortCode(rnd))
      for (let i = 0; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)
        const a = A.indexOf(code[i])
        const b = A.indexOf(code[i + 1])
        if (missed(a, b)) {
          allowed++
          continue
        }
        expect(hasValidCheck(swapped), `${code} → ${swapped}`).toBe(false)
        caught++
      }
    }
    expect(caught).toBeGreaterThan(300)
    // Only the pair of code points 0 and 30 ("2" and "Z") slips through with N = 31.
    expect(allowed).toBeLessThan(10)
    expect(missed(0, 30)).toBe(true)
    expect(missed(1, 2)).toBe(false)
  })

  it('says which symbols are not used, and refuses a wrong length or check', () => {
    expect(checkShortCode('')).toEqual({ ok: false, reason: 'empty' })
    expect(checkShortCode(' - ')).toEqual({ ok: false, reason: 'empty' })
    expect(checkShortCode('AB0-D1F-OHJ')).toEqual({ ok: false, reason: 'symbols', symbols: ['0', '1', 'O'] })
    expect(checkShortCode('ABC_DEF')).toEqual({ ok: false, reason: 'symbols', symbols: ['_'] })
    expect(checkShortCode('ABC-DEF')).toEqual({ ok: false, reason: 'length' })
    const code = normaliseShortCode(makeShortCode(seeded(9)))
    const wrongCheck = code.slice(0, 8) + A[(A.indexOf(code[8]) + 1) % 31]
    expect(checkShortCode(wrongCheck)).toEqual({ ok: false, reason: 'check' })
  })

  it('formats and normalises', () => {
    expect(normaliseShortCode('abc-def ghj')).toBe('ABCDEFGHJ')
    expect(normaliseShortCode('abc.def.ghj')).toBe('ABCDEFGHJ')
    expect(formatShortCode('abcdefghj')).toBe('ABC-DEF-GHJ')
    expect(formatShortCode('abc')).toBe('abc')
  })
})
