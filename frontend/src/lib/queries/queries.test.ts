import { describe, expect, it } from 'vitest'

// The sources as text, to check where each read is written.
const shared = import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true })
const features = import.meta.glob<string>('/src/features/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true })

/** The paths read (GET) in a source: "/api/plans/{id}", … */
function gets(source: string): string[] {
  return [...source.matchAll(/\bGET\(\s*'([^']+)'/g)].map((m) => m[1])
}

describe('shared reads', () => {
  const owned = Object.entries(shared)
    .filter(([file]) => !file.endsWith('.test.ts'))
    .flatMap(([, source]) => gets(source))

  it('own the plan, its tasks, the event, its quotas and list, the campaign, the campaign, plan and task lists', () => {
    expect(owned).toEqual(
      expect.arrayContaining([
        '/api/plans',
        '/api/plans/{id}',
        '/api/plans/{planId}/tasks',
        '/api/events/{id}',
        '/api/events/{eventId}/quotas',
        '/api/events/{eventId}/attendees',
        '/api/campaigns/{id}',
        '/api/campaigns',
        '/api/tasks',
      ]),
    )
  })

  it('are read nowhere else: a feature asks the hook in lib/queries, under its one key', () => {
    expect(Object.keys(features).length).toBeGreaterThan(50)
    const elsewhere = Object.entries(features).flatMap(([file, source]) =>
      gets(source)
        .filter((path) => owned.includes(path))
        .map((path) => `${file}: ${path}`),
    )
    expect(elsewhere).toEqual([])
  })
})
