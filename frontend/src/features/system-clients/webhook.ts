import type { components } from '@/lib/api/schema'

type Schemas = components['schemas']

export type Webhook = Schemas['Webhook']
export type WebhookInput = Schemas['WebhookInput']
export type WebhookSecret = Schemas['WebhookSecret']
export type WebhookDelivery = Schemas['WebhookDelivery']
export type DeliveryStatus = WebhookDelivery['status']

/** The event types a subscription may name, each with the scope the client needs to hear of it. */
export const WEBHOOK_EVENT_TYPES = [
  { type: 'plan.issued', scope: 'plans:read' },
  { type: 'task.progress_reported', scope: 'plans:read' },
  { type: 'task.overdue', scope: 'plans:read' },
  { type: 'attendee.submitted', scope: 'attendees:write' },
  { type: 'quota.deadline_approaching', scope: 'attendees:write' },
  { type: 'checkin.recorded', scope: 'checkin:write' },
  { type: 'activity.reported', scope: 'activities:write' },
  { type: 'target.reached', scope: 'indicators:read' },
  { type: 'pledge.approved', scope: 'indicators:read' },
] as const

/** The event types a client holding these scopes may subscribe to (the server refuses the others). */
export function eventTypesFor(scopes: readonly string[]): string[] {
  return WEBHOOK_EVENT_TYPES.filter((e) => scopes.includes(e.scope)).map((e) => e.type)
}

/** i18n key of an event type's label ("plan.issued" → "plan_issued": i18next reads '.' as nesting). */
export function eventKey(type: string): string {
  return type.replaceAll('.', '_')
}

/** The server names an event type's error "eventTypes[1]": the checkbox group shows it. */
export function eventTypesAsOneField(name: (string | number)[]): (string | number)[] {
  return name[0] === 'eventTypes' ? ['eventTypes'] : name
}

export const DELIVERY_STATUS_COLOR: Record<DeliveryStatus, string> = {
  PENDING: 'gold',
  DELIVERED: 'green',
  FAILED: 'red',
}
