import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'

/** GET /api/me/home: what the caller has to do today, by the sections that concern its roles. */
export function useHome() {
  return useQuery({
    queryKey: ['me', 'home'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/home', { signal })),
    refetchInterval: 5 * 60_000,
  })
}
