import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, expect, vi } from 'vitest'
import { clearToken } from '@/lib/auth/token'
import i18n from '@/lib/i18n'
import { englishOnScreen } from './language'

// antd's responsive helpers ask for matchMedia, which jsdom lacks (a test in node has no window).
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  })
}

// antd's tables, text areas and selects measure themselves.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', ResizeObserverStub)
}

afterEach(async () => {
  // Every page test doubles as a check that a Vietnamese screen holds no English (i18n/language.ts's heuristic).
  const english = i18n.language === 'vi' ? englishOnScreen() : []
  cleanup()
  clearToken()
  if (typeof localStorage !== 'undefined') localStorage.removeItem('cantho.session')
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
  await i18n.changeLanguage('vi')
  expect(english, 'English on a Vietnamese screen').toEqual([])
})
