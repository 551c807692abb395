import { describe, expect, it } from 'vitest'
import { EVENT_TYPES } from './eventTypes.fixture'
import { eventKey, eventTypesAsOneField, eventTypesFor } from './webhook'

describe('webhook event types', () => {
  it('offers only the types the scopes cover', () => {
    expect(eventTypesFor(EVENT_TYPES, ['checkin:write'])).toEqual(['checkin.recorded'])
    expect(eventTypesFor(EVENT_TYPES, ['plans:read', 'indicators:read'])).toEqual(['plan.issued', 'task.progress_reported', 'task.overdue', 'target.reached', 'pledge.approved'])
    expect(eventTypesFor(EVENT_TYPES, ['progress:write'])).toEqual([])
  })

  it('keys a type for i18next and shows an indexed error on the group', () => {
    expect(eventKey('quota.deadline_approaching')).toBe('quota_deadline_approaching')
    expect(eventTypesAsOneField(['eventTypes', 0])).toEqual(['eventTypes'])
    expect(eventTypesAsOneField(['url'])).toEqual(['url'])
  })
})
