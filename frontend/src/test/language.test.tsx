import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { englishOnScreen } from './language'

// The page must be empty again before setup.ts's own check runs after each test.
afterEach(() => cleanup())

describe('the check of a Vietnamese screen', () => {
  it('finds English text, and English in the attributes a person reads', () => {
    render(
      <form>
        <label>
          Tên kế hoạch <input placeholder="Search plans" />
        </label>
        <p>must not be blank</p>
        <span>POLICE_UNIT_LEADER</span>
        <button aria-label="Close">×</button>
      </form>,
    )
    expect(englishOnScreen()).toEqual([
      'Search plans [search, plans]',
      'must not be blank [must, not, be, blank]',
      'POLICE_UNIT_LEADER [police, unit, leader]',
      'Close [close]',
    ])
  })

  it('lets Vietnamese, code and addresses pass', () => {
    render(
      <div>
        <p>Không được để trống</p>
        <p>Tải ảnh lên (JPEG, PNG) · Mã QR</p>
        <code>plan.issued</code>
        <a href="/plans">/plans</a>
        <p translate="no">https://example.org/the-plan</p>
        <span role="img" aria-label="close" className="anticon anticon-close" />
      </div>,
    )
    expect(englishOnScreen()).toEqual([])
  })
})
