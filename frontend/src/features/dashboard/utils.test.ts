import { describe, expect, it } from 'vitest'
import { today } from '@/lib/clock'
import type { Me, PlanSummary, Task, TaskStatus } from '@/lib/api/types'
import { countByStatus, openTasksByUrgency, plansITakePartIn } from './utils'

const org = (id: number) => ({ id, code: `ORG-${id}`, name: `Đơn vị ${id}`, type: 'DEPARTMENT' as const })

function task(id: number, status: TaskStatus, dueInDays: number | null): Task {
  return {
    id,
    planId: 1,
    planReference: '120/KH-UBND',
    planTitle: 'Kế hoạch',
    leadOrganization: org(10),
    cooperatingOrganizations: [],
    text: `Nhiệm vụ ${id}`,
    dueDate: dueInDays === null ? undefined : today().add(dueInDays, 'day').format('YYYY-MM-DD'),
    status,
    percentReached: 0,
    reportCount: 0,
    version: 0,
    permissions: { canEdit: false, canReport: true, canContribute: false },
    measuredByTargets: false,
  }
}

describe('dashboard', () => {
  it('lists open tasks, most overdue first, undated last', () => {
    const tasks = [
      task(1, 'IN_PROGRESS', 10),
      task(2, 'DONE_ON_TIME', -5),
      task(3, 'OVERDUE', -2),
      task(4, 'NOT_STARTED', null),
      task(5, 'NOT_STARTED', 3),
      task(6, 'DONE_LATE', 1),
    ]
    expect(openTasksByUrgency(tasks).map((t) => t.id)).toEqual([3, 5, 1, 4])
  })

  it('counts tasks by status', () => {
    const counts = countByStatus([task(1, 'OVERDUE', -1), task(2, 'OVERDUE', -3), task(3, 'DONE_LATE', 0)])
    expect(counts).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, OVERDUE: 2, DONE_ON_TIME: 0, DONE_LATE: 1 })
  })

  it('keeps the plans the organisation issues, monitors or has tasks in', () => {
    const me = { id: 1, username: 'congan', fullName: 'Cán bộ', roles: ['COORDINATOR'], organization: org(16) } as Me
    const plan = (id: number, extra: Partial<PlanSummary>): PlanSummary => ({
      id,
      reference: `${id}/KH-UBND`,
      title: `Kế hoạch ${id}`,
      status: 'ISSUED',
      issuingOrganization: org(1),
      taskCount: 3,
      myTaskCount: 0,
      updatedAt: '2026-05-01T00:00:00Z',
      version: 0,
      ...extra,
    })
    const plans = [
      plan(1, { standingOrganization: org(16) }),
      plan(2, { myTaskCount: 2 }),
      plan(3, {}),
      plan(4, { myTaskCount: 1, status: 'CANCELLED' }),
    ]
    expect(plansITakePartIn(plans, me).map((p) => p.id)).toEqual([1, 2])
  })
})
