import type { ActivityType, AttendeeStatus, Audience, PublicAudience, ConsentMethod, ContestCategory, ContestEntryStatus, IndicatorKind, EventFormat, ImportRowStatus, ImportStatus, OrganizationType, PlanStatus, PledgeStatus, Role, UnitStatus, TaskStatus } from '@/lib/api/types'

// Records keyed by the generated enums: adding a value to the API breaks the build here
// until it has a colour (and, through the i18n test, a label).

export const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  DONE_ON_TIME: 'green',
  DONE_LATE: 'lime',
  IN_PROGRESS: 'blue',
  NOT_STARTED: 'default',
  OVERDUE: 'red',
}

/** Solid colours for the progress matrix cells (same hues as the tags, dark enough for white text at 4.5:1). */
export const TASK_STATUS_FILL: Record<TaskStatus, { bg: string; fg: string }> = {
  DONE_ON_TIME: { bg: '#237804', fg: '#fff' },
  DONE_LATE: { bg: '#a0d911', fg: '#1f1f1f' },
  IN_PROGRESS: { bg: '#0958d9', fg: '#fff' },
  NOT_STARTED: { bg: '#595959', fg: '#fff' },
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

export const ATTENDEE_STATUS_COLOR: Record<AttendeeStatus, string> = {
  SUBMITTED: 'blue',
  CONFIRMED: 'green',
  DECLINED: 'orange',
  REPLACED: 'default',
  CANCELLED: 'default',
}
export const ATTENDEE_STATUSES = Object.keys(ATTENDEE_STATUS_COLOR) as AttendeeStatus[]

/** Holding a place in the quota (the server counts these as filled). */
export function holdsPlace(status: AttendeeStatus): boolean {
  return status === 'SUBMITTED' || status === 'CONFIRMED'
}

const EVENT_FORMAT_SET: Record<EventFormat, true> = { IN_PERSON: true, LIVE_RELAY: true, ONLINE: true, HYBRID: true }
export const EVENT_FORMATS = Object.keys(EVENT_FORMAT_SET) as EventFormat[]

export const IMPORT_ROW_STATUS_COLOR: Record<ImportRowStatus, string> = {
  VALID: 'green',
  INVALID: 'red',
  DUPLICATE: 'orange',
  OVER_QUOTA: 'volcano',
}
export const IMPORT_ROW_STATUSES = Object.keys(IMPORT_ROW_STATUS_COLOR) as ImportRowStatus[]

const IMPORT_STATUS_SET: Record<ImportStatus, true> = { PARSING: true, READY: true, COMMITTED: true, FAILED: true }
export const IMPORT_STATUSES = Object.keys(IMPORT_STATUS_SET) as ImportStatus[]

// ── Campaigns ───────────────────────────────────────────────────────────────

const ACTIVITY_TYPE_SET: Record<ActivityType, true> = {
  ANNOUNCEMENT_POST: true,
  FRAME_SWITCH: true,
  TRAILER_SHARE: true,
  VIDEO_CHALLENGE: true,
  POSTER_BANNER: true,
  STANDEE: true,
  STICKER_DECAL: true,
  INFOGRAPHIC: true,
  BOOKMARK: true,
  LED_VIDEO: true,
  WALLPAPER: true,
  TIPS_COLUMN: true,
  MINIGAME: true,
  WORKSHOP: true,
  CYBER_DAY: true,
  THEATRE: true,
  ROLE_PLAY: true,
  CONTEST: true,
  PLEDGE_SIGNING: true,
  OTHER: true,
}
export const ACTIVITY_TYPES = Object.keys(ACTIVITY_TYPE_SET) as ActivityType[]

const AUDIENCE_SET: Record<Audience, true> = { OFFICERS: true, PUPILS: true, STUDENTS: true, TEACHERS: true, PARENTS: true }
export const AUDIENCES = Object.keys(AUDIENCE_SET) as Audience[]

/** Who acted on a public page, in the order the page asks ("Bạn là: Học sinh, Sinh viên, …"). */
const PUBLIC_AUDIENCE_SET: Record<PublicAudience, true> = { PUPILS: true, STUDENTS: true, TEACHERS: true, PARENTS: true, OFFICERS: true, OTHER: true }
export const PUBLIC_AUDIENCES = Object.keys(PUBLIC_AUDIENCE_SET) as PublicAudience[]

const CAMPAIGN_TARGET_KIND_SET: Record<IndicatorKind, true> = { UNITS_WITH_ACTIVITY: true, FRAME_ADOPTION: true, PARTICIPATION: true }
export const CAMPAIGN_TARGET_KINDS = Object.keys(CAMPAIGN_TARGET_KIND_SET) as IndicatorKind[]

export const PLEDGE_STATUS_COLOR: Record<PledgeStatus, string> = {
  PENDING: 'blue',
  HELD: 'orange',
  APPROVED: 'green',
  REJECTED: 'default',
}
export const PLEDGE_STATUSES = Object.keys(PLEDGE_STATUS_COLOR) as PledgeStatus[]

const TARGET_UNIT_STATUS_SET: Record<UnitStatus, true> = { REACHED: true, NOT_REACHED: true, NOT_REPORTED: true }
export const TARGET_UNIT_STATUSES = Object.keys(TARGET_UNIT_STATUS_SET) as UnitStatus[]

// ── Contests ────────────────────────────────────────────────────────────────

const CONTEST_CATEGORY_SET: Record<ContestCategory, true> = {
  ESSAY: true,
  PRESENTATION: true,
  DEBATE: true,
  DRAWING: true,
  COMICS: true,
  MUSIC: true,
  POSTER: true,
  VIDEO: true,
  ROLE_PLAY_GAME: true,
}
export const CONTEST_CATEGORIES = Object.keys(CONTEST_CATEGORY_SET) as ContestCategory[]

export const CONTEST_ENTRY_STATUS_COLOR: Record<ContestEntryStatus, string> = {
  AWAITING_CONSENT: 'orange',
  ELIGIBLE: 'green',
  WITHDRAWN: 'default',
}
export const CONTEST_ENTRY_STATUSES = Object.keys(CONTEST_ENTRY_STATUS_COLOR) as ContestEntryStatus[]

const CONSENT_METHOD_SET: Record<ConsentMethod, true> = { PAPER_FORM: true, PHONE_CALL: true, IN_PERSON: true, ONLINE_DECLARATION: true }
export const CONSENT_METHODS = Object.keys(CONSENT_METHOD_SET) as ConsentMethod[]
