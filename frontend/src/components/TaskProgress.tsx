import { AimOutlined } from '@ant-design/icons'
import { Progress, Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Task } from '@/lib/api/types'
import { formatDate, formatNumber, formatPercent, isDone, targetUnit } from '@/lib/format'

type Measured = Pick<Task, 'measuredByTargets' | 'percentReached' | 'doneDate' | 'status'>

/**
 * "Theo chỉ tiêu chiến dịch 62%": a task whose figure comes from the campaign targets that
 * measure it (its percent is the lowest of them), not from typed reports.
 */
export function MeasuredByTargetsTag({ task }: { task: Measured }) {
  const { t, i18n } = useTranslation()
  if (!task.measuredByTargets) return null
  const percent = formatPercent(task.percentReached, i18n.language)
  return (
    <Tooltip title={t('task.measured.hint')}>
      <Tag color="geekblue" icon={<AimOutlined />} data-testid="task-measured" style={{ marginInlineEnd: 0 }}>
        {t('task.measured.tag', { percent })}
      </Tag>
    </Tooltip>
  )
}

/** A task's progress bar: percent reached of its target, or done / not done without one. */
export function TaskProgress({ task, size = 'small' }: { task: Task; size?: 'small' | 'medium' }) {
  const { t, i18n } = useTranslation()
  const done = isDone(task.status)
  const percent = task.percentReached ?? (done ? 100 : 0)
  const target = task.target
  const figures = target &&
    !task.measuredByTargets &&
    task.reachedValue != null && {
      reached: formatNumber(task.reachedValue, i18n.language),
      target: formatNumber(target.value, i18n.language),
      unit: targetUnit(target),
    }
  const label = task.measuredByTargets
    ? t('task.measured.hint')
    : figures
      ? t(target.kind === 'PERCENT' ? 'task.reachedOfPercent' : 'task.reachedOf', figures)
      : undefined
  return (
    <div style={{ minWidth: 120 }} title={label}>
      <Progress
        percent={Math.min(100, Math.round(percent))}
        size={size}
        status={task.status === 'OVERDUE' ? 'exception' : done ? 'success' : 'normal'}
        aria-label={task.measuredByTargets ? t('task.measured.progressLabel') : t('task.progress')}
      />
      {task.measuredByTargets && <MeasuredByTargetsTag task={task} />}
      {label && size === 'medium' && <div style={{ fontSize: 12, color: '#595959' }}>{label}</div>}
      {task.doneDate && size === 'medium' && (
        <div style={{ fontSize: 12, color: '#595959' }} data-testid="task-done-date">
          {t('task.doneOn', { date: formatDate(task.doneDate) })}
        </div>
      )}
    </div>
  )
}
