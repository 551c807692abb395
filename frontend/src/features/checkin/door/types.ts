// The door API's shapes (door-list, check-ins/sync), from the generated client.
import type { components } from '@/lib/api/schema'

type Schemas = components['schemas']
export type DoorList = Schemas['DoorList']
export type DoorEntry = DoorList['entries'][number]
export type CheckInSyncRequest = Schemas['CheckInSyncRequest']
export type SyncScan = CheckInSyncRequest['scans'][number]
export type CheckInSyncResult = Schemas['CheckInSyncResult']
export type SyncVerdict = CheckInSyncResult['results'][number]
export type CheckInConflict = Schemas['CheckInConflict']
export type LateArrival = Schemas['LateArrival']
export type ScanMethod = SyncScan['method']
