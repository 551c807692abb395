import { RequireAuth } from '../RequireAuth'
import { AppLayout } from './AppLayout'

/**
 * The signed-in application's frame (menu, bell, user menu) behind the sign-in check: a chunk of its own, fetched
 * together with the first page's chunk, so that the script index.html loads stays small (frontend/scripts/check-bundle.mjs).
 */
export function Shell() {
  return (
    <RequireAuth>
      <AppLayout />
    </RequireAuth>
  )
}
