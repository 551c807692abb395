import type { TaskStatus } from '@/lib/api/types'
import { TASK_STATUS_FILL } from '@/lib/status'

/** A count in the colour of its status; zero stays grey so the eye goes to what matters. */
export function StatusCell({ status, value, label }: { status: TaskStatus; value: number; label: string }) {
  const fill = TASK_STATUS_FILL[status]
  return (
    <span
      className={value === 0 ? 'status-cell is-zero' : 'status-cell'}
      style={value === 0 ? undefined : { background: fill.bg, color: fill.fg }}
      aria-label={label}
      title={label}
      data-status={status}
      data-testid={`count-${status}`}
    >
      {value}
    </span>
  )
}
