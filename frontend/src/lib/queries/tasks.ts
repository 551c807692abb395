import { queryOptions } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { queryKeys } from '@/lib/api/keys'
import type { TaskListQuery } from '@/lib/api/types'

/** GET /api/tasks: one key per query, shared by the task list and the dashboard. */
export function tasksQuery(query: TaskListQuery) {
  return queryOptions({
    queryKey: queryKeys.tasks.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/tasks', { params: { query }, signal })),
  })
}
