import { Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TaskStatus } from '@/lib/api/types'
import { dueInfo, formatDate, type DueTone } from '@/lib/format'

const TONE: Record<DueTone, 'danger' | 'warning' | 'secondary'> = {
  overdue: 'danger',
  today: 'warning',
  soon: 'warning',
  later: 'secondary',
}

/** "28/05/2026 · còn 3 ngày" — the date and, for open tasks, the countdown. */
export function DueDate({ dueDate, status }: { dueDate: string | null | undefined; status: TaskStatus }) {
  const { t } = useTranslation()
  if (!dueDate) return <Typography.Text type="secondary">{t('task.noDueDate')}</Typography.Text>
  const due = dueInfo(t, dueDate, status)
  return (
    <Space size={4} wrap>
      <span>{formatDate(dueDate)}</span>
      {due && (
        <Typography.Text type={TONE[due.tone]} strong={due.tone === 'overdue'} data-testid="due-countdown">
          {t('due.separator')}
          {due.text}
        </Typography.Text>
      )}
    </Space>
  )
}
