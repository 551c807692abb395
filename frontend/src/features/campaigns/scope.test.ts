import i18n from '@/lib/i18n'
import { describe, expect, it } from 'vitest'
import { choiceOf, normalizeUnitTypes, SCOPE_PRESETS, scopeText, unitTypesOf } from './scope'

describe('a target scope as a set of unit kinds', () => {
  it('turns each preset into its kinds, and every unit into none', () => {
    expect(unitTypesOf('schools')).toEqual(['SCHOOL_PRIMARY', 'SCHOOL_LOWER_SECONDARY', 'SCHOOL_UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'])
    expect(unitTypesOf('wardPolice')).toEqual(['WARD_POLICE'])
    expect(unitTypesOf('wards')).toEqual(['WARD', 'COMMUNE'])
    expect(unitTypesOf('all', ['WARD'])).toEqual([])
    expect(unitTypesOf('custom', ['COMMUNE', 'MEDIA', 'COMMUNE'])).toEqual(['MEDIA', 'COMMUNE'])
  })

  it('recognises a preset whatever the order the kinds come in, and a set of its own otherwise', () => {
    expect(choiceOf([])).toBe('all')
    expect(choiceOf(undefined)).toBe('all')
    expect(choiceOf(['UNIVERSITY', 'COLLEGE', 'SCHOOL_UPPER_SECONDARY', 'SCHOOL_LOWER_SECONDARY', 'SCHOOL_PRIMARY'])).toBe('schools')
    expect(choiceOf(['COMMUNE', 'WARD'])).toBe('wards')
    expect(choiceOf(['WARD_POLICE'])).toBe('wardPolice')
    expect(choiceOf(['WARD'])).toBe('custom')
    expect(choiceOf(['SCHOOL_PRIMARY', 'SCHOOL_LOWER_SECONDARY'])).toBe('custom')
  })

  it('round-trips every preset', () => {
    for (const preset of Object.keys(SCOPE_PRESETS) as (keyof typeof SCOPE_PRESETS)[]) {
      expect(choiceOf(unitTypesOf(preset))).toBe(preset)
    }
    expect(normalizeUnitTypes(['WARD', 'WARD'])).toEqual(['WARD'])
  })

  it('says the scope in Vietnamese words, never the codes', async () => {
    await i18n.changeLanguage('vi')
    const t = i18n.t.bind(i18n)
    expect(scopeText(t, [])).toBe('Mọi đơn vị của chiến dịch')
    expect(scopeText(t, unitTypesOf('schools'))).toBe('Trường học và cơ sở giáo dục')
    expect(scopeText(t, ['WARD_POLICE'])).toBe('Công an xã, phường')
    expect(scopeText(t, ['COMMUNE', 'WARD'])).toBe('Xã, phường')
    const custom = scopeText(t, ['SCHOOL_UPPER_SECONDARY', 'MEDIA'])
    expect(custom).toBe('Báo chí, truyền thông; Trường trung học phổ thông')
    expect(custom).not.toMatch(/[A-Z]{2,}_/)
  })
})
