import { useTranslation } from 'react-i18next'
import type { Target } from '@/lib/api/types'
import { formatNumber, targetUnit } from '@/lib/format'

/** "100% trường học (toàn thành phố)" or "20 trường học". */
export function TargetText({ target }: { target: Target | null | undefined }) {
  const { t, i18n } = useTranslation()
  if (!target) return null
  const value = formatNumber(target.value, i18n.language)
  const unit = targetUnit(target)
  return (
    <span>
      {target.kind === 'PERCENT' ? t('target.percent', { value, unit }) : t('target.count', { value, unit })}
      {target.scope ? t('target.scope', { scope: target.scope }) : ''}
    </span>
  )
}
