import type { PlanListQuery, TaskListQuery } from './types'

/** Query keys shared by every feature, so a change in one invalidates the others' views. */
export const queryKeys = {
  plans: {
    all: ['plans'] as const,
    list: (q: PlanListQuery) => ['plans', 'list', q] as const,
    detail: (id: number) => ['plans', 'detail', id] as const,
    tasks: (id: number) => ['plans', 'detail', id, 'tasks'] as const,
    progress: (id: number) => ['plans', 'detail', id, 'progress'] as const,
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
