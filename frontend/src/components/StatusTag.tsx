import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AttendeeStatus, PlanStatus, TaskStatus } from '@/lib/api/types'
import { ATTENDEE_STATUS_COLOR, PLAN_STATUS_COLOR, TASK_STATUS_COLOR } from '@/lib/status'

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={TASK_STATUS_COLOR[status]} data-testid="task-status" data-status={status}>
      {t(`enums.taskStatus.${status}`)}
    </Tag>
  )
}

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={PLAN_STATUS_COLOR[status]} data-testid="plan-status" data-status={status}>
      {t(`enums.planStatus.${status}`)}
    </Tag>
  )
}

export function AttendeeStatusTag({ status }: { status: AttendeeStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={ATTENDEE_STATUS_COLOR[status]} data-testid="attendee-status" data-status={status}>
      {t(`enums.attendeeStatus.${status}`)}
    </Tag>
  )
}
