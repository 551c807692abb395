import type { OrganizationType, PlanStatus, Role, TaskStatus } from '@/lib/api/types'

// Records keyed by the generated enums: adding a value to the API breaks the build here
// until it has a colour (and, through the i18n test, a label).

export const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  DONE_ON_TIME: 'green',
  DONE_LATE: 'lime',
  IN_PROGRESS: 'blue',
  NOT_STARTED: 'default',
  OVERDUE: 'red',
}

/** Solid colours for the progress matrix cells (same hues as the tags). */
export const TASK_STATUS_FILL: Record<TaskStatus, { bg: string; fg: string }> = {
  DONE_ON_TIME: { bg: '#389e0d', fg: '#fff' },
  DONE_LATE: { bg: '#a0d911', fg: '#1f1f1f' },
  IN_PROGRESS: { bg: '#1677ff', fg: '#fff' },
  NOT_STARTED: { bg: '#8c8c8c', fg: '#fff' },
  OVERDUE: { bg: '#cf1322', fg: '#fff' },
}

export const TASK_STATUSES = Object.keys(TASK_STATUS_COLOR) as TaskStatus[]

export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = {
  DRAFT: 'gold',
  ISSUED: 'blue',
  CLOSED: 'green',
  CANCELLED: 'default',
}

export const PLAN_STATUSES = Object.keys(PLAN_STATUS_COLOR) as PlanStatus[]

const ROLE_SET: Record<Role, true> = { ADMIN: true, COORDINATOR: true, OFFICER: true, VIEWER: true }
export const ROLES = Object.keys(ROLE_SET) as Role[]

const ORG_TYPE_SET: Record<OrganizationType, true> = {
  PEOPLES_COMMITTEE: true,
  DEPARTMENT: true,
  POLICE: true,
  POLICE_UNIT: true,
  WARD_POLICE: true,
  MILITARY: true,
  FRONT: true,
  UNION: true,
  MEDIA: true,
  ENTERPRISE: true,
  WARD: true,
  COMMUNE: true,
  SCHOOL_PRIMARY: true,
  SCHOOL_LOWER_SECONDARY: true,
  SCHOOL_UPPER_SECONDARY: true,
  COLLEGE: true,
  UNIVERSITY: true,
  OTHER: true,
}
export const ORGANIZATION_TYPES = Object.keys(ORG_TYPE_SET) as OrganizationType[]
