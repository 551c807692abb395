import { devices } from '@playwright/test'
import { expect, test, apiJson, apiToken, login } from './support'

/**
 * On a phone held upright (below antd's `md` breakpoint) the wide tables are cards: one card per agency
 * on the progress page, with its name, its figure and its state; the quota matrix and the lists likewise.
 * The axe check of support.ts runs on every page visited here, as in every spec.
 */
const pixel = devices['Pixel 7']
test.use({ viewport: pixel.viewport, userAgent: pixel.userAgent, deviceScaleFactor: pixel.deviceScaleFactor, isMobile: true, hasTouch: true })

interface Progress {
  organizations: { organization: { name: string; code: string }; percentReached: number }[]
}

async function planId(request: Parameters<typeof apiToken>[0], token: string, reference: string): Promise<number> {
  const plans = await apiJson<{ items: { id: number; reference: string }[] }>(request, token, 'GET', '/api/plans?size=50')
  const plan = plans.items.find((p) => p.reference === reference)
  expect(plan, `plan ${reference}`).toBeTruthy()
  return plan!.id
}

test('the standing agency reads plan 120’s progress on a phone: a card per agency with its figure and state', async ({ page, request }) => {
  const token = await apiToken(request, 'congan')
  const id = await planId(request, token, '120/KH-UBND')
  const progress = await apiJson<Progress>(request, token, 'GET', `/api/plans/${id}/progress`)
  expect(progress.organizations.length).toBeGreaterThan(1)

  await login(page, 'congan')
  await page.goto(`/plans/${id}/progress`)
  await expect(page.getByRole('heading', { name: /Theo dõi tiến độ/ })).toBeVisible()
  // no table too wide for the screen: cards
  await expect(page.getByRole('table')).toHaveCount(0)
  const cards = page.locator('li[data-testid^="progress-row-"]')
  await expect(cards).toHaveCount(progress.organizations.length)

  for (const row of progress.organizations) {
    const card = page.getByTestId(`progress-row-${row.organization.code}`)
    // the agency
    await expect(card).toContainText(row.organization.name)
    // its figure, as a named progress bar
    const bar = card.getByRole('progressbar', { name: `Tỷ lệ đạt của ${row.organization.name}` })
    await expect(bar).toHaveAttribute('aria-valuenow', String(Math.round(row.percentReached)))
    // its state: the count of its tasks in each state, each labelled
    for (const state of ['OVERDUE', 'NOT_STARTED', 'IN_PROGRESS', 'DONE_ON_TIME', 'DONE_LATE']) {
      await expect(card.getByTestId(`count-${state}`)).toBeVisible()
    }
    await expect(card.getByRole('term')).toHaveCount(7) // five states, the share reached, the last report
  }
  // the card fits the screen: nothing scrolls sideways
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the plans and tasks lists are cards on a phone', async ({ page }) => {
  await login(page, 'congan')
  await page.goto('/plans')
  await expect(page.locator('.rt-card').first()).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.locator('.rt-card').filter({ hasText: '120/KH-UBND' })).toBeVisible()

  await page.goto('/tasks')
  await expect(page.locator('.rt-card, .ant-empty').first()).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
})

test('the quota matrix is a card per agency on a phone, with the column totals as a last card', async ({ page, request }) => {
  const token = await apiToken(request, 'congan')
  const id = await planId(request, token, '135/KH-UBND')
  const events = await apiJson<{ id: number }[] | { items: { id: number }[] }>(request, token, 'GET', `/api/plans/${id}/events`)
  const list = Array.isArray(events) ? events : events.items
  expect(list.length).toBeGreaterThan(0)

  await login(page, 'congan')
  await page.goto(`/events/${list[0].id}/quota-matrix`)
  await expect(page.locator('li[data-testid^="matrix-row-"]').first()).toBeVisible()
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.getByTestId('matrix-column-totals')).toBeVisible()
})
