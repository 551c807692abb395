import type { WebhookEventType } from './webhook'

/** For tests: what GET /api/webhook-event-types answers (webhook/WebhookService.SCOPE_OF). */
export const EVENT_TYPES: WebhookEventType[] = [
  { type: 'plan.issued', scope: 'plans:read' },
  { type: 'task.progress_reported', scope: 'plans:read' },
  { type: 'task.overdue', scope: 'plans:read' },
  { type: 'attendee.submitted', scope: 'attendees:write' },
  { type: 'quota.deadline_approaching', scope: 'attendees:write' },
  { type: 'checkin.recorded', scope: 'checkin:write' },
  { type: 'activity.reported', scope: 'activities:write' },
  { type: 'target.reached', scope: 'indicators:read' },
  { type: 'pledge.approved', scope: 'indicators:read' },
]
