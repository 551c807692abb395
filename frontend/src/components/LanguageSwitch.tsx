import { Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n'

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('nav.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}.short`), title: t(`languages.${l}.name`) }))}
      onChange={(l) => void changeLanguage(l)}
    />
  )
}
