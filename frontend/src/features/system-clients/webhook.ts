import type { components } from '@/lib/api/schema'

type Schemas = components['schemas']

export type Webhook = Schemas['Webhook']
export type WebhookInput = Schemas['WebhookInput']
export type WebhookSecret = Schemas['WebhookSecret']
export type WebhookDelivery = Schemas['WebhookDelivery']
export type DeliveryStatus = WebhookDelivery['status']

export type WebhookEventType = Schemas['WebhookEventType']

/**
 * The event types a client holding these scopes may subscribe to (the server refuses the others), from the server's
 * table of event types and their scopes (GET /api/webhook-event-types), in its order.
 */
export function eventTypesFor(eventTypes: readonly WebhookEventType[], scopes: readonly string[]): string[] {
  return eventTypes.filter((e) => scopes.includes(e.scope)).map((e) => e.type)
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
