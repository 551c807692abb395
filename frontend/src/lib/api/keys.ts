import type { EventAttendeeQuery, PlanListQuery, TaskListQuery } from './types'

/** Query keys shared by every feature, so a change in one invalidates the others' views. */
export const queryKeys = {
  plans: {
    all: ['plans'] as const,
    list: (q: PlanListQuery) => ['plans', 'list', q] as const,
    detail: (id: number) => ['plans', 'detail', id] as const,
    tasks: (id: number) => ['plans', 'detail', id, 'tasks'] as const,
    progress: (id: number) => ['plans', 'detail', id, 'progress'] as const,
    events: (id: number) => ['plans', 'detail', id, 'events'] as const,
    categories: (id: number) => ['plans', 'detail', id, 'categories'] as const,
  },
  /** An event and everything hanging from it: quotas, lists, the door's counters. */
  events: {
    all: ['events'] as const,
    detail: (id: number) => ['events', id] as const,
    quotas: (id: number) => ['events', id, 'quotas'] as const,
    matrix: (id: number) => ['events', id, 'matrix'] as const,
    attendees: (id: number, q: EventAttendeeQuery) => ['events', id, 'attendees', q] as const,
    allAttendees: (id: number) => ['events', id, 'attendees'] as const,
    checkInCounts: (id: number) => ['events', id, 'check-in-counts'] as const,
  },
  quotas: {
    all: ['quotas'] as const,
    detail: (id: number) => ['quotas', id] as const,
    attendees: (id: number, page: number) => ['quotas', id, 'attendees', page] as const,
    allAttendees: (id: number) => ['quotas', id, 'attendees'] as const,
  },
  imports: {
    detail: (id: number) => ['imports', id] as const,
    rows: (id: number, status: string | undefined, page: number) => ['imports', id, 'rows', status ?? 'ALL', page] as const,
    allRows: (id: number) => ['imports', id, 'rows'] as const,
  },
  tasks: {
    all: ['tasks'] as const,
    list: (q: TaskListQuery) => ['tasks', 'list', q] as const,
    detail: (id: number) => ['tasks', 'detail', id] as const,
    reports: (id: number) => ['tasks', 'detail', id, 'reports'] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    unread: ['notifications', 'unread'] as const,
    latest: ['notifications', 'latest'] as const,
  },
}
