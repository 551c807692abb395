import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch, jsonResponse } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { NeedHelp } from './NeedHelp'
import { PublicShell } from './PublicShell'

afterEach(() => vi.unstubAllGlobals())

describe('"Cần giúp đỡ?" on the public pages', () => {
  it('links the national child-protection line 111 and the school counsellor, and collects nothing', () => {
    const fetch = stubFetch(() => jsonResponse(200, {}))
    renderWithProviders(
      <PublicShell campaign={{ name: 'Không một mình' }}>
        <p>{'…'}</p>
      </PublicShell>,
    )
    const panel = screen.getByRole('complementary', { name: 'Cần giúp đỡ?' })
    expect(panel).toHaveTextContent('Tổng đài quốc gia bảo vệ trẻ em 111')
    expect(panel).toHaveTextContent('thầy cô tư vấn tâm lý học đường')
    expect(screen.getByRole('link', { name: 'Gọi 111 – Tổng đài quốc gia bảo vệ trẻ em' })).toHaveAttribute('href', 'tel:111')
    expect(panel.querySelectorAll('form, input, textarea, select, button, img, iframe')).toHaveLength(0)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('has one line for the wall on a big screen', () => {
    renderWithProviders(<NeedHelp compact />)
    expect(screen.getByTestId('need-help')).toHaveTextContent('Cần giúp đỡ? Gọi Tổng đài quốc gia bảo vệ trẻ em 111')
  })
})
