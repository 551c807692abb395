/**
 * What the app keeps on the device beyond the session: the door's IndexedDB (the delegates' list and
 * the queue of offline scans). Signing out wipes it; the door itself also wipes it after the event's day.
 */
export const DOOR_DB_NAME = 'safeonline-door'

/** Deletes the door's local list and queue (a sign-out on a shared phone leaves no delegates behind). */
export function clearDeviceData(): void {
  try {
    if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(DOOR_DB_NAME)
  } catch {
    // no IndexedDB (private mode in some browsers): nothing was kept
  }
}
