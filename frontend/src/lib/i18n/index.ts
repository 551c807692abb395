import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import 'dayjs/locale/en'
import i18n, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import vi from '@/i18n/vi.json'

export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'vi'

const STORAGE_KEY = 'cantho.lang'

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return v === 'en' || v === 'vi' ? v : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi'
}

function apply(lang: Language) {
  dayjs.locale(lang)
  if (typeof document !== 'undefined') document.documentElement.lang = lang
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(lang)
}

i18n.on('languageChanged', (lng) => apply(lng === 'en' ? 'en' : 'vi'))

/**
 * Vietnamese comes with the first screen's script; English is a chunk of its own, fetched when it is chosen
 * (or remembered), so that a Vietnamese reader never downloads it. i18next waits for it before it switches.
 */
const lazyEnglish: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'en') {
      import('@/i18n/en.json').then(
        (m) => callback(null, m.default as ResourceKey),
        (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), false),
      )
    } else {
      callback(null, vi as ResourceKey)
    }
  },
}

void i18n.use(lazyEnglish).use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
})
apply(currentLanguage())

export default i18n
