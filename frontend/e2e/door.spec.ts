import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { expect, test, apiJson, apiToken, issuedCeremonyPlan, login, logout, vnDateTime } from './support'

/**
 * The door on the day, on a phone: a QR photo read by the JavaScript decoder (Chromium on Linux has no
 * BarcodeDetector, so this is the ZXing polyfill with the app's own .wasm), the short code with a typo
 * refused before any request, a door that keeps working offline and syncs, two offline doors admitting
 * the same delegate, and the door page opening with the network off after a first visit. Each test sets
 * up its own event with pupils whose names are unique per run.
 */
test.describe.configure({ mode: 'serial' })
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' })

const stamp = Date.now().toString(36).toUpperCase()
const planTitle = `Kiểm thử E2E cửa ${stamp}: lễ phát động`
let planId = 0
let ids = { police: 0, education: 0 }

interface Ceremony {
  eventId: number
  hallId: number
  relayId: number
  pupils: { id: number; fullName: string; shortCode: string }[]
}

test.beforeAll(async ({ request }) => {
  ;({ planId, ids } = await issuedCeremonyPlan(
    request,
    planTitle,
    'Tổ chức lễ phát động, điểm danh đại biểu tại cửa.',
    `Nhiệm vụ E2E cửa ${stamp}: gửi danh sách học sinh dự lễ`,
  ))
})

const FIRST = ['Trần Thị Ánh Dương', 'Lê Văn Phúc', 'Nguyễn Hoàng Đức', 'Phạm Ngọc Hân', 'Võ Minh Khôi']

/** As congan: tomorrow's event with the hall and a relay point, five pupils of the Department seated in the hall. */
async function ceremony(request: APIRequestContext, label: string, count = 5): Promise<Ceremony> {
  const congan = await apiToken(request, 'congan')
  const event = await apiJson<{ id: number; venues: { id: number; main: boolean }[] }>(request, congan, 'POST', `/api/plans/${planId}/events`, {
    title: `Lễ phát động ${label} – E2E cửa ${stamp}`,
    startsAt: vnDateTime(1, 8),
    endsAt: vnDateTime(1, 11, 30),
    format: 'LIVE_RELAY',
    expectedAttendance: 275,
    chair: 'Lãnh đạo UBND thành phố',
    venues: [
      { name: 'Hội trường Công an thành phố', address: 'Số 9A Trần Phú, phường Cái Khế', capacity: 300, main: true },
      { name: 'Điểm cầu phường Ninh Kiều', capacity: 80, main: false },
    ],
  })
  const categories = await apiJson<{ items: { id: number; code: string }[] }>(request, congan, 'GET', `/api/plans/${planId}/invitee-categories`)
  const students = categories.items.find((c) => c.code === 'STUDENT')!
  const quota = await apiJson<{ id: number }>(request, congan, 'POST', `/api/events/${event.id}/quotas`, {
    ownerOrganizationId: ids.education,
    categoryId: students.id,
    count,
    deadline: vnDateTime(7, 23, 59),
  })
  const sogddt = await apiToken(request, 'sogddt')
  const added: { id: number; fullName: string }[] = []
  for (let i = 0; i < count; i++) {
    const fullName = `${FIRST[i % FIRST.length]} ${label}${stamp}`
    const a = await apiJson<{ id: number }>(request, sogddt, 'POST', `/api/quotas/${quota.id}/attendees`, {
      fullName,
      position: 'Học sinh',
      school: 'Trường THPT Châu Văn Liêm',
      grade: '10A1',
    })
    added.push({ id: a.id, fullName })
  }
  const hallId = event.venues.find((v) => v.main)!.id
  const relayId = event.venues.find((v) => !v.main)!.id
  // The short codes as a door downloads them.
  const list = await apiJson<{ entries: { attendeeId: number; shortCode: string }[] }>(
    request,
    congan,
    'GET',
    `/api/events/${event.id}/door-list?venueId=${hallId}`,
  )
  const pupils = added.map((p) => ({ ...p, shortCode: list.entries.find((e) => e.attendeeId === p.id)!.shortCode }))
  expect(pupils.every((p) => /^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/.test(p.shortCode))).toBe(true)
  return { eventId: event.id, hallId, relayId, pupils }
}

/** The QR of a delegate's invitation as the card prints it (PNG), for a photo fed to the decoder. */
async function qrPng(request: APIRequestContext, attendeeId: number): Promise<Buffer> {
  const sogddt = await apiToken(request, 'sogddt')
  const res = await request.get(`/api/attendees/${attendeeId}/invitation.png`, { headers: { Authorization: `Bearer ${sogddt}` } })
  expect(res.ok(), `QR of ${attendeeId}: ${res.status()}`).toBeTruthy()
  return res.body()
}

async function openDoor(page: Page, c: Ceremony, venue: 'hall' | 'relay' = 'hall') {
  await page.goto(`/events/${c.eventId}/check-in`)
  await expect(page.getByRole('heading', { level: 3, name: 'Điểm danh đại biểu' })).toBeVisible()
  if (venue === 'relay') {
    await page.getByRole('combobox', { name: 'Cửa điểm danh tại' }).click()
    await page.getByTitle('Điểm cầu phường Ninh Kiều (điểm cầu)').and(page.locator('[aria-disabled="false"]')).click()
  }
  await expect(page.getByTestId('door-list-info')).toContainText(`Danh sách trên máy: ${c.pupils.length} đại biểu`)
}

/** The service worker controls the page (it claims it once the app shell and the .wasm are precached). */
async function controlledByServiceWorker(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 })
}

async function typeCode(page: Page, code: string) {
  const field = page.getByLabel('Mã in dưới mã QR')
  await field.fill(code)
  await field.press('Enter')
}

async function checkIns(request: APIRequestContext, eventId: number) {
  const congan = await apiToken(request, 'congan')
  const page = await apiJson<{ items: { id: number; fullName: string; checkedInAt?: string | null }[] }>(
    request,
    congan,
    'GET',
    `/api/events/${eventId}/attendees?size=50`,
  )
  return page.items.filter((a) => a.checkedInAt)
}

test('a QR photo is read by the JavaScript decoder; a short code with a typo is refused on the phone, the right one admits', async ({ page, request }) => {
  const c = await ceremony(request, 'QR')
  await login(page, 'congan')
  await openDoor(page, c)
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/check-ins')) posts.push(r.url())
  })

  await page.getByTestId('door-photo').setInputFiles({ name: 'thu-moi.png', mimeType: 'image/png', buffer: await qrPng(request, c.pupils[0].id) })
  const card = page.getByTestId('door-result')
  await expect(card).toHaveAttribute('data-kind', 'ok')
  await expect(card.getByTestId('door-result-name')).toHaveText(c.pupils[0].fullName)
  expect(posts).toHaveLength(1)

  // one symbol mistyped: caught by the check symbol, no request
  const good = c.pupils[1].shortCode
  const typo = good.slice(0, 4) + (good[4] === '7' ? '8' : '7') + good.slice(5)
  await typeCode(page, typo)
  await expect(page.getByTestId('door-code-error')).toContainText('Mã không đúng')
  await typeCode(page, good.toLowerCase().replace(/-/g, ' '))
  await expect(card.getByTestId('door-result-name')).toHaveText(c.pupils[1].fullName)
  await expect(card).toHaveAttribute('data-kind', 'ok')
  expect(posts).toHaveLength(2)
  expect((await checkIns(request, c.eventId)).map((a) => a.id).sort()).toEqual([c.pupils[0].id, c.pupils[1].id].sort())
})

test('offline: three delegates admitted and one scanned twice; back online the server holds exactly three, at the offline times', async ({ page, context, request }) => {
  const c = await ceremony(request, 'OFF', 4)
  await login(page, 'congan')
  await openDoor(page, c)
  await controlledByServiceWorker(page)
  const qr = await qrPng(request, c.pupils[1].id)

  await context.setOffline(true)
  const offlineFrom = Date.now() - 1000
  await expect(page.getByTestId('door-offline')).toBeVisible()
  const card = page.getByTestId('door-result')

  await typeCode(page, c.pupils[0].shortCode)
  await expect(card.getByTestId('door-result-name')).toHaveText(c.pupils[0].fullName)
  await expect(card).toHaveAttribute('data-kind', 'ok')
  await expect(card.getByTestId('door-result-offline')).toBeVisible()

  await page.getByTestId('door-photo').setInputFiles({ name: 'thu-moi.png', mimeType: 'image/png', buffer: qr })
  await expect(card.getByTestId('door-result-name')).toHaveText(c.pupils[1].fullName)

  await page.getByText('Tìm theo tên').click()
  const [given, family] = [c.pupils[2].fullName.split(' ').slice(-2, -1)[0], c.pupils[2].fullName.split(' ')[0]]
  // without diacritics, words in another order
  await page.getByLabel('Tìm đại biểu theo tên').fill(`${fold(given)} ${fold(family)}`)
  const hit = page.getByTestId('door-search-result').filter({ hasText: c.pupils[2].fullName })
  await hit.getByRole('button', { name: 'Điểm danh' }).click()
  await expect(card.getByTestId('door-result-name')).toHaveText(c.pupils[2].fullName)

  // the first one again: a repeat, judged on the phone, not queued
  await page.getByText('Quét mã QR').click()
  await typeCode(page, c.pupils[0].shortCode)
  await expect(card).toHaveAttribute('data-kind', 'repeat')
  await expect(card).toContainText(/Đã điểm danh lúc \d\d:\d\d/)
  await expect(page.getByTestId('door-pending')).toHaveText('3 lượt chờ đồng bộ')
  expect(await checkIns(request, c.eventId)).toHaveLength(0)

  await page.waitForTimeout(2500)
  const onlineAt = Date.now()
  await context.setOffline(false)
  await expect(page.getByTestId('door-online')).toBeVisible()
  await expect(page.getByTestId('door-pending')).toHaveText('0 lượt chờ đồng bộ', { timeout: 30_000 })
  await expect(page.getByTestId('door-queue-item').and(page.locator('[data-verdict="CHECKED_IN"]'))).toHaveCount(3)

  const inside = await checkIns(request, c.eventId)
  expect(inside.map((a) => a.id).sort()).toEqual(c.pupils.slice(0, 3).map((p) => p.id).sort())
  for (const a of inside) {
    const at = Date.parse(a.checkedInAt!)
    expect(at, `${a.fullName} checked in at the scan's time, not the sync's`).toBeGreaterThanOrEqual(Math.floor(offlineFrom / 1000) * 1000)
    expect(at).toBeLessThan(onlineAt - 1000)
  }
})

test('two doors offline admit the same delegate: one check-in, one conflict shown to the organiser', async ({ browser, request }) => {
  const c = await ceremony(request, 'TWO', 2)
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' }
  const doors: { context: BrowserContext; page: Page }[] = []
  for (const venue of ['hall', 'relay'] as const) {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    await login(page, 'congan')
    await openDoor(page, c, venue)
    await page.getByLabel('Tên cửa (để phân biệt các máy)').fill(venue === 'hall' ? 'Cửa A' : 'Cửa B')
    doors.push({ context, page })
  }
  const delegate = c.pupils[0]
  for (const [i, d] of doors.entries()) {
    await d.context.setOffline(true)
    await expect(d.page.getByTestId('door-offline')).toBeVisible()
    await typeCode(d.page, delegate.shortCode)
    await expect(d.page.getByTestId('door-result')).toHaveAttribute('data-kind', 'ok')
    await expect(d.page.getByTestId('door-pending')).toHaveText('1 lượt chờ đồng bộ')
    if (i === 0) await d.page.waitForTimeout(1200)
  }
  // the relay's door was told the delegate is seated in the hall
  await expect(doors[1].page.getByTestId('door-warning')).toContainText('Hội trường Công an thành phố')

  for (const d of doors) {
    await d.context.setOffline(false)
    await expect(d.page.getByTestId('door-pending')).toHaveText('0 lượt chờ đồng bộ', { timeout: 30_000 })
  }
  const second = doors[1].page.getByTestId('door-queue-item')
  await expect(second).toHaveAttribute('data-verdict', /CHECKED_IN|ALREADY_CHECKED_IN/)
  await expect(second).toContainText('Cửa khác cũng đã cho vào')

  const inside = await checkIns(request, c.eventId)
  expect(inside.map((a) => a.id)).toEqual([delegate.id])

  // the organiser's view
  const organiser = doors[0].page
  await organiser.reload()
  await organiser.getByRole('tab', { name: 'Trùng cửa' }).click()
  const rows = organiser.getByTestId('door-conflicts').locator('tbody tr').filter({ hasText: delegate.fullName })
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Cửa B')
  const congan = await apiToken(request, 'congan')
  const conflicts = await apiJson<{ total: number }>(request, congan, 'GET', `/api/events/${c.eventId}/check-ins/conflicts`)
  expect(conflicts.total).toBe(1)
  for (const d of doors) await d.context.close()
})

test('the door page opens with the network off after a first visit (service worker), and still admits', async ({ page, context, request }) => {
  const c = await ceremony(request, 'SW', 1)
  await login(page, 'congan')
  await openDoor(page, c)
  await controlledByServiceWorker(page)
  // as the README's preparation says: once more online, now through the service worker
  await page.reload()
  await expect(page.getByTestId('door-list-info')).toContainText('Danh sách trên máy: 1 đại biểu')

  await context.setOffline(true)
  const response = await page.reload()
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true)
  await expect(page.getByRole('heading', { level: 3, name: 'Điểm danh đại biểu' })).toBeVisible()
  await expect(page.getByTestId('door-offline')).toBeVisible()
  await expect(page.getByTestId('door-list-info')).toContainText('Danh sách trên máy: 1 đại biểu')
  await typeCode(page, c.pupils[0].shortCode)
  await expect(page.getByTestId('door-result')).toHaveAttribute('data-kind', 'ok')
  await expect(page.getByTestId('door-pending')).toHaveText('1 lượt chờ đồng bộ')

  await context.setOffline(false)
  await expect(page.getByTestId('door-pending')).toHaveText('0 lượt chờ đồng bộ', { timeout: 30_000 })
  expect(await checkIns(request, c.eventId)).toHaveLength(1)

  // signing out leaves no delegates on the phone
  const doorDb = () => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'safeonline-door'))
  expect(await doorDb()).toBe(true)
  await logout(page)
  await expect.poll(doorDb).toBe(false)
})

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
}
