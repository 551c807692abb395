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
  it('computes the check symbol as the server does (weighted sum modulo 31)', () => {
    // the contract's example, also in the backend's tests
    expect(checkSymbol('K7M4QX9T')).toBe('V')
    expect(hasValidCheck('K7M4QX9TV')).toBe(true)
    // all code points 0 → sum 0 → check "2"
    expect(checkSymbol('22222222')).toBe('2')
    // "3" first (cp 1, weight 1): S = 1 → 9·c ≡ 30 → c = 30·7 % 31 = 24 → "T"
    expect(checkSymbol('32222222')).toBe(A[24])
    expect(hasValidCheck('32222222T')).toBe(true)
  })

  it('accepts a valid code in any formatting', () => {
    const code = makeShortCode(seeded(7))
    expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/)
    const plain = code.replace(/-/g, '')
    for (const typed of [code, plain, plain.toLowerCase(), ` ${plain.slice(0, 3)} ${plain.slice(3, 6)}.${plain.slice(6)} `]) {
      expect(checkShortCode(typed)).toEqual({ ok: true, code: plain, formatted: code })
    }
  })

  it('catches every single-symbol substitution', () => {
    const rnd = seeded(42)
    let caught = 0
    for (let n = 0; n < 20; n++) {
      const code = normaliseShortCode(makeShortCode(rnd))
      for (let i = 0; i < code.length; i++) {
        for (const c of A) {
          if (c === code[i]) continue
          const typo = code.slice(0, i) + c + code.slice(i + 1)
          expect(hasValidCheck(typo), `${code} → ${typo}`).toBe(false)
          caught++
        }
      }
    }
    expect(caught).toBe(20 * 9 * 30)
  })

  it('catches every swap of two different symbols, neighbours or not', () => {
    const rnd = seeded(3)
    let caught = 0
    for (let n = 0; n < 50; n++) {
      const code = normaliseShortCode(makeShortCode(rnd))
      for (let i = 0; i < code.length; i++) {
        for (let j = i + 1; j < code.length; j++) {
          if (code[i] === code[j]) continue
          const s = [...code]
          ;[s[i], s[j]] = [s[j], s[i]]
          expect(hasValidCheck(s.join('')), `${code} → ${s.join('')}`).toBe(false)
          caught++
        }
      }
    }
    expect(caught).toBeGreaterThan(1500)
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
