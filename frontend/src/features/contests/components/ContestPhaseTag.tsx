import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { CONTEST_PHASE_COLOR, contestPhase } from '../contest'

export function ContestPhaseTag({ contest }: { contest: { open: boolean; opensAt: string; published: boolean } }) {
  const { t } = useTranslation()
  const phase = contestPhase(contest)
  return (
    <Tag color={CONTEST_PHASE_COLOR[phase]} data-testid="contest-phase" data-phase={phase}>
      {t(`contest.phase.${phase}`)}
    </Tag>
  )
}

export function CategoryTags({ categories }: { categories: readonly string[] }) {
  const { t } = useTranslation()
  return (
    <>
      {categories.map((c) => (
        <Tag key={c}>{t(`enums.contestCategory.${c}`)}</Tag>
      ))}
    </>
  )
}
