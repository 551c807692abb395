import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { vietnameseIn } from '@/i18n/language'
import i18n from '@/lib/i18n'
import { renderWithProviders } from '@/test/render'
import { TargetText } from './TargetText'

// The unit is the document's own words ("xã, phường"): in English it stands apart, never inside an English phrase.
const target = { kind: 'PERCENT' as const, value: 100, unit: 'xã, phường' }

describe('a target in both languages', () => {
  it('reads "100% xã, phường" in Vietnamese', () => {
    renderWithProviders(<TargetText target={target} />)
    expect(screen.getByText('100% xã, phường')).toBeInTheDocument()
  })

  it('reads "100% (xã, phường)" in English, not "100% of xã, phường"', async () => {
    await act(() => i18n.changeLanguage('en'))
    renderWithProviders(<TargetText target={target} />)
    const text = screen.getByText('100% (xã, phường)').textContent ?? ''
    expect(vietnameseIn(text)).toEqual([])
  })
})
