import type { ContestEntryQuery, EventAttendeeQuery, PlanListQuery, TaskListQuery } from './types'

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
  /** A campaign and everything measured or moderated in it. */
  campaigns: {
    all: ['campaigns'] as const,
    list: (q: Record<string, unknown>) => ['campaigns', 'list', q] as const,
    detail: (id: number) => ['campaigns', id] as const,
    units: (id: number, q: Record<string, unknown>) => ['campaigns', id, 'units', q] as const,
    allUnits: (id: number) => ['campaigns', id, 'units'] as const,
    reports: (id: number, q: Record<string, unknown>) => ['campaigns', id, 'reports', q] as const,
    allReports: (id: number) => ['campaigns', id, 'reports'] as const,
    targets: (id: number) => ['campaigns', id, 'targets'] as const,
    indicators: (id: number) => ['campaigns', id, 'indicators'] as const,
    pledges: (id: number, q: Record<string, unknown>) => ['campaigns', id, 'pledges', q] as const,
    allPledges: (id: number) => ['campaigns', id, 'pledges'] as const,
    wallModerators: (id: number) => ['campaigns', id, 'wall-moderators'] as const,
    questions: (id: number) => ['campaigns', id, 'quiz-questions'] as const,
    quizzes: (id: number) => ['campaigns', id, 'quizzes'] as const,
  },
  /** A campaign's contests: entries, judges, scores and the ranking hang from the contest. */
  contests: {
    ofCampaign: (campaignId: number) => ['contests', 'of-campaign', campaignId] as const,
    allOfCampaigns: ['contests', 'of-campaign'] as const,
    detail: (id: number) => ['contests', id] as const,
    entries: (id: number, q: ContestEntryQuery) => ['contests', id, 'entries', q] as const,
    allEntries: (id: number) => ['contests', id, 'entries'] as const,
    judges: (id: number) => ['contests', id, 'judges'] as const,
    candidates: (id: number, q: string) => ['contests', id, 'judge-candidates', q] as const,
    ranking: (id: number) => ['contests', id, 'ranking'] as const,
    judging: (id: number) => ['contests', id, 'judging'] as const,
  },
  campaignTargets: {
    units: (id: number, status: string | undefined, page: number) => ['campaign-targets', id, 'units', status ?? 'ALL', page] as const,
    weekly: (id: number) => ['campaign-targets', id, 'weekly'] as const,
  },
  quizzes: {
    results: (id: number) => ['quizzes', id, 'results'] as const,
  },
  activityReports: {
    photo: (reportId: number, photoId: number) => ['activity-reports', reportId, 'photos', photoId] as const,
  },
  /** What the public pages read without an account. */
  public: {
    campaign: (id: string) => ['public', 'campaigns', id] as const,
    unit: (id: string, code: string) => ['public', 'campaigns', id, 'units', code] as const,
    wall: (id: string, page: number, size: number) => ['public', 'campaigns', id, 'wall', page, size] as const,
    quiz: (id: string) => ['public', 'quizzes', id] as const,
    contest: (id: string) => ['public', 'contests', id] as const,
    contestResults: (id: string) => ['public', 'contests', id, 'results'] as const,
  },
  /** The system clients the caller manages (ADMIN, coordinators). */
  systemClients: {
    all: ['system-clients'] as const,
    list: (q: { page: number; size: number }) => ['system-clients', 'list', q] as const,
  },
  /** A system client's webhook subscriptions and their delivery logs. */
  webhooks: {
    all: ['webhooks'] as const,
    ofClient: (systemClientId: number) => ['webhooks', 'of-client', systemClientId] as const,
    allDeliveries: ['webhooks', 'deliveries'] as const,
    /** Not under 'webhooks': a change of subscriptions does not change the table of event types. */
    eventTypes: ['webhook-event-types'] as const,
    deliveries: (webhookId: number, q: { page: number; size: number }) => ['webhooks', 'deliveries', webhookId, q] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    unread: ['notifications', 'unread'] as const,
    latest: ['notifications', 'latest'] as const,
  },
}
