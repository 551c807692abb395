import { describe, expect, it } from 'vitest'
import { looksLikeContact, pledgeBody, pledgeCounter, pledgeLength, validatePledge } from './pledge'

describe('pledge text', () => {
  it('counts letters with Vietnamese accents and emoji as one each', () => {
    expect(pledgeLength('Tôi cam kết')).toBe(11)
    // "ế" written as e + two combining marks is still one letter.
    expect(pledgeLength('ke\u0302\u0301t')).toBe(3)
    expect(pledgeLength('an toàn 👍')).toBe(9)
  })

  it('shows what is left of 280 and when it is over', () => {
    expect(pledgeCounter('abc')).toEqual({ used: 3, max: 280, left: 277, over: false })
    expect(pledgeCounter('x'.repeat(281))).toMatchObject({ used: 281, left: -1, over: true })
  })

  it('asks for a name and either a template or a text of at most 280', () => {
    expect(validatePledge({ displayName: '  ', text: '' })).toEqual({ displayName: 'nameRequired', text: 'textRequired' })
    expect(validatePledge({ displayName: 'Lan', templateIndex: 0 })).toEqual({})
    expect(validatePledge({ displayName: 'Lan', text: 'y'.repeat(281) })).toEqual({ text: 'textTooLong' })
    expect(validatePledge({ displayName: 'n'.repeat(61), text: 'ok' })).toEqual({ displayName: 'nameTooLong' })
    expect(validatePledge({ displayName: 'Lan', text: 'ok', unitCode: 'THPT CVL!' })).toEqual({ unitCode: 'unitCodeInvalid' })
    expect(validatePledge({ displayName: 'Lan', text: 'ok', unitCode: ' THPT-CVL ' })).toEqual({})
  })

  it('spots phone numbers, e-mails and links that would hold a pledge for review', () => {
    expect(looksLikeContact('Gọi mình 0912 345 678 nhé')).toBe(true)
    expect(looksLikeContact('+84 912.345.678')).toBe(true)
    expect(looksLikeContact('lan@example.com')).toBe(true)
    expect(looksLikeContact('xem https://bit.ly/abc')).toBe(true)
    expect(looksLikeContact('vào trang abc.vn')).toBe(true)
    expect(looksLikeContact('Tôi cam kết không chia sẻ mật khẩu, lớp 10A1 năm 2025')).toBe(false)
  })

  it('sends the template index or the trimmed text, never both', () => {
    expect(pledgeBody({ displayName: ' Lan ', templateIndex: 1, text: 'ignored', unitCode: ' ' })).toEqual({
      displayName: 'Lan',
      unitCode: undefined,
      templateIndex: 1,
    })
    expect(pledgeBody({ displayName: 'Lan', text: ' Tôi cam kết ', unitCode: 'THPT-CVL' })).toEqual({
      displayName: 'Lan',
      unitCode: 'THPT-CVL',
      text: 'Tôi cam kết',
    })
  })
})
