import type { TFunction } from 'i18next'
import type { Referral } from '../referral'

/** "N.T.A · 14 tuổi · lớp 8": the child as far as the case names it. */
export function childText(t: TFunction, r: Pick<Referral, 'childAlias' | 'childAge' | 'childGrade'>): string {
  const parts = [r.childAlias]
  if (r.childAge != null) parts.push(t('referral.age', { count: r.childAge }))
  if (r.childGrade != null) parts.push(t('referral.grade', { grade: r.childGrade }))
  return parts.join(' · ')
}
