import type { APIRequestContext } from '@playwright/test'
import { expect, test, apiJson, apiToken, login } from './support'

/**
 * Plan B's contests from the demo data: a pupil enters the open writing contest from its public page with
 * the school's code; the school confirms the guardian's consent; a judge scores an assigned entry blind;
 * the published drawing contest shows its results with initials only.
 */
test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36).toUpperCase()
const pupil = `Phan Thảo Vy ${stamp}`
const guardian = `Phan Văn Lộc ${stamp}`
const entryTitle = `Mật khẩu là bí mật của em – E2E ${stamp}`
const SCHOOL = 'THPT-CHAUVANLIEM'

interface Contest {
  id: number
  publicId: string
  title: string
  open: boolean
  publishedAt?: string
}

let campaign = { id: 0, name: '' }
let writing: Contest
let drawing: Contest

/** The demo campaign "Không một mình" and its two contests, read through the API as the standing agency. */
async function findContests(request: APIRequestContext) {
  const congan = await apiToken(request, 'congan')
  const list = await apiJson<{ items: { id: number; name: string }[] }>(request, congan, 'GET', '/api/campaigns?size=100')
  const found = list.items.find((c) => c.name.includes('Không một mình'))
  expect(found, 'the demo campaign "Không một mình"').toBeTruthy()
  const contests = await apiJson<{ items: Contest[] }>(request, congan, 'GET', `/api/campaigns/${found!.id}/contests`)
  const w = contests.items.find((c) => c.title.startsWith('Cuộc thi viết'))
  const d = contests.items.find((c) => c.title.startsWith('Cuộc thi vẽ tranh'))
  expect(w, 'the open writing contest of the demo').toBeTruthy()
  expect(w!.open, 'the writing contest is open').toBe(true)
  expect(d, 'the published drawing contest of the demo').toBeTruthy()
  expect(d!.publishedAt, 'the drawing contest is published').toBeTruthy()
  return { campaign: found!, writing: w!, drawing: d! }
}

test.beforeAll(async ({ request }) => {
  ;({ campaign, writing, drawing } = await findContests(request))
})

test('a pupil enters the writing contest from its public page with the school code and gets a reference', async ({ page }) => {
  await page.goto(`/cuoc-thi/${writing.publicId}?school=${SCHOOL}`)
  await expect(page.getByRole('heading', { name: writing.title })).toBeVisible()
  await expect(page.getByTestId('contest-phase')).toHaveText('Đang nhận bài')
  await expect(page.getByLabel('Mã trường', { exact: true })).toHaveValue(SCHOOL)

  await page.getByLabel('Họ và tên học sinh').fill(pupil)
  await page.getByLabel('Lớp', { exact: true }).fill('10')
  await page.getByLabel('Bài viết', { exact: true }).check()
  await page.getByLabel('Tên bài dự thi').fill(entryTitle)
  await page.getByLabel('Nội dung bài viết').fill('Em không bao giờ cho ai biết mật khẩu, kể cả bạn thân.')
  // The child is asked nothing about the parent: the school records the guardian's consent.
  await expect(page.getByLabel('Số điện thoại phụ huynh')).toHaveCount(0)
  await page.getByRole('button', { name: /Gửi bài dự thi/ }).click()

  await expect(page.getByText('Đã nhận bài dự thi')).toBeVisible()
  await expect(page.getByTestId('contest-reference')).toHaveText(/^CT-[0-9A-Z]{6,}$/)
})

test('the school finds the entry awaiting consent and records the guardian’s consent', async ({ page }) => {
  await login(page, 'thptcvl')
  await page.goto(`/campaigns/${campaign.id}`)
  await page.getByRole('tab', { name: 'Cuộc thi' }).click()
  await page.getByRole('link', { name: writing.title }).click()
  await expect(page.getByRole('heading', { level: 3, name: writing.title })).toBeVisible()
  // The school's own link, with its code, to hand out to its pupils.
  await expect(page.getByRole('link', { name: `/cuoc-thi/${writing.publicId}?school=${SCHOOL}` })).toBeVisible()

  await page.getByRole('tab', { name: 'Bài dự thi' }).click()
  const row = page.getByTestId('contest-entry').filter({ hasText: pupil })
  await expect(row).toHaveAttribute('data-status', 'AWAITING_CONSENT')
  await expect(row).toContainText('Học sinh tự gửi')
  await row.getByRole('button', { name: `Ghi nhận đồng ý của phụ huynh cho ${pupil}` }).click()

  const dialog = page.getByRole('dialog', { name: 'Ghi nhận đồng ý của phụ huynh' })
  await expect(dialog.getByLabel('Họ và tên cha/mẹ hoặc người giám hộ')).toHaveValue('')
  await dialog.getByLabel('Họ và tên cha/mẹ hoặc người giám hộ').fill(guardian)
  await dialog.getByLabel('Gọi điện thoại cho phụ huynh').check()
  await dialog.getByRole('button', { name: 'Xác nhận đồng ý' }).click()

  await expect(page.getByText(`Đã ghi nhận sự đồng ý của phụ huynh em ${pupil}.`)).toBeVisible()
  await expect(row).toHaveAttribute('data-status', 'ELIGIBLE')
  await expect(row.getByTestId('entry-status')).toHaveText('Đủ điều kiện chấm')
})

test('a judge finds the contest in the campaign and scores an assigned entry, blind', async ({ page }) => {
  await login(page, 'giamkhao')
  await page.goto(`/campaigns/${campaign.id}`)
  await page.getByRole('tab', { name: 'Cuộc thi' }).click()
  const contestRow = page.getByRole('row').filter({ hasText: writing.title })
  await expect(contestRow).toContainText('Bạn là giám khảo')
  await contestRow.getByRole('link', { name: 'Chấm thi' }).click()
  await expect(page.getByRole('tab', { name: 'Chấm thi', selected: true })).toBeVisible()

  const progress = page.getByTestId('judging-progress')
  await expect(progress).toHaveText(/^Đã chấm \d+\/\d+ bài$/)
  const [before, total] = (await progress.innerText()).match(/\d+/g)!.map(Number)
  expect(total).toBeGreaterThan(0)

  const unscored = page.locator('[data-testid="judging-entry"][data-complete="false"]').first()
  await expect(unscored).toBeVisible()
  const entry = page.locator(`[data-testid="judging-entry"][data-entry-id="${await unscored.getAttribute('data-entry-id')}"]`)
  // Blind: no pupil's or school's name on the page.
  await expect(page.getByText('Trường THPT')).toHaveCount(0)

  await entry.getByLabel('Nội dung, thông điệp (tối đa 10)').fill('8')
  await entry.getByLabel('Sáng tạo (tối đa 10)').fill('7')
  await entry.getByLabel('Trình bày, thẩm mỹ (tối đa 10)').fill('9')
  // (8×40 + 7×30 + 9×30) ÷ 10 = 80
  await expect(entry.getByTestId('score-total')).toHaveText('Tổng điểm (thang 100): 80,00')
  await entry.getByRole('button', { name: /Lưu điểm/ }).click()

  await expect(page.getByText(/^Đã lưu điểm bài/)).toBeVisible()
  await expect(progress).toHaveText(`Đã chấm ${before + 1}/${total} bài`)
  await expect(entry).toHaveAttribute('data-complete', 'true')
  await expect(entry.getByText('Đã chấm đủ')).toBeVisible()
})

test('the published drawing contest shows its results per category with initials, never full names', async ({ page, request }) => {
  const congan = await apiToken(request, 'congan')
  const entries = await apiJson<{ items: { pupilName: string }[] }>(request, congan, 'GET', `/api/contests/${drawing.id}/entries?size=100`)
  expect(entries.items.length).toBeGreaterThan(0)

  await page.goto(`/cuoc-thi/${drawing.publicId}`)
  await expect(page.getByRole('heading', { name: drawing.title })).toBeVisible()
  await expect(page.getByTestId('contest-phase')).toHaveText('Đã công bố kết quả')
  await expect(page.getByLabel('Mã trường', { exact: true })).toHaveCount(0)
  const results = page.getByTestId('contest-results')
  await expect(results.getByTestId('result-row').first()).toBeVisible()
  await expect(page.getByTestId('results-DRAWING')).toBeVisible()

  const initials = await results.getByTestId('result-initial').allInnerTexts()
  expect(initials.length).toBeGreaterThan(0)
  for (const i of initials) expect(i).toMatch(/^\p{Lu}\.$/u)
  for (const total of await results.getByTestId('result-total').allInnerTexts()) expect(total).toMatch(/^\d{1,3},\d{2}$/)
  // The demo's tie is explained.
  await expect(results.getByTestId('result-tie-note').first()).toBeVisible()

  const text = await page.locator('body').innerText()
  for (const e of entries.items) expect(text, 'a full name on the public results').not.toContain(e.pupilName)
})
