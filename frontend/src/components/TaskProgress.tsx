import { Progress } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Task } from '@/lib/api/types'
import { formatNumber, isDone, targetUnit } from '@/lib/format'

/** A task's progress bar: percent reached of its target, or done / not done without one. */
export function TaskProgress({ task, size = 'small' }: { task: Task; size?: 'small' | 'medium' }) {
  const { t, i18n } = useTranslation()
  const done = isDone(task.status)
  const percent = task.percentReached ?? (done ? 100 : 0)
  const target = task.target
  const figures = target &&
    task.reachedValue != null && {
      reached: formatNumber(task.reachedValue, i18n.language),
      target: formatNumber(target.value, i18n.language),
      unit: targetUnit(target),
    }
  const label = figures
    ? t(target.kind === 'PERCENT' ? 'task.reachedOfPercent' : 'task.reachedOf', figures)
    : undefined
  return (
    <div style={{ minWidth: 120 }} title={label}>
      <Progress
        percent={Math.min(100, Math.round(percent))}
        size={size}
        status={task.status === 'OVERDUE' ? 'exception' : done ? 'success' : 'normal'}
        aria-label={t('task.progress')}
      />
      {label && size === 'medium' && <div style={{ fontSize: 12, color: '#595959' }}>{label}</div>}
    </div>
  )
}
