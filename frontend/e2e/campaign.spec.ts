import { deflateSync, crc32 } from 'node:zlib'
import type { APIRequestContext } from '@playwright/test'
import { expect, test, apiJson, apiToken, login } from './support'

/**
 * Plan B's campaign "Không một mình" from the demo data, on the pages young people open without an
 * account: framing a profile picture (the photo never leaves the browser), signing the Digital
 * Safety Wall, and the standing agency's moderation queue that puts a pledge on the wall.
 */
test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36).toUpperCase()
const signer = `Lan ${stamp}`
const pledgeText = `Tôi cam kết không một mình trên mạng – E2E ${stamp}`
const heldSigner = `Tuấn ${stamp}`

interface Campaign {
  id: number
  publicId: string
  name: string
}

let campaign: Campaign = { id: 0, publicId: '', name: '' }
let unit: { code: string; name: string } = { code: '', name: '' }

/** The demo's plan B campaign and one of its units, found through the API as the standing agency. */
async function findCampaign(request: APIRequestContext) {
  const congan = await apiToken(request, 'congan')
  const list = await apiJson<{ items: Campaign[] }>(request, congan, 'GET', '/api/campaigns?size=100')
  const found = list.items.find((c) => c.name.includes('Không một mình'))
  expect(found, 'the demo campaign "Không một mình"').toBeTruthy()
  const units = await apiJson<{ items: { organization: { code: string; name: string } }[] }>(
    request,
    congan,
    'GET',
    `/api/campaigns/${found!.id}/units?size=5`,
  )
  expect(units.items.length, 'the campaign has units').toBeGreaterThan(0)
  return { campaign: found!, unit: units.items[0].organization }
}

test.beforeAll(async ({ request }) => {
  ;({ campaign, unit } = await findCampaign(request))
})

/** A small RGB PNG (a gradient), written by hand so the test needs no image library. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([len, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0 // no filter
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 3
      raw[i] = Math.round((x / width) * 255)
      raw[i + 1] = Math.round((y / height) * 255)
      raw[i + 2] = 160
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

test('a pupil frames a photo for the school, downloads it, and is counted once per device', async ({ page }) => {
  const uploads: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET') uploads.push(`${r.method()} ${new URL(r.url()).pathname}`)
  })
  await page.goto(`/khung-anh/${campaign.publicId}?unit=${encodeURIComponent(unit.code)}`)
  await expect(page.getByRole('heading', { name: 'Đổi khung ảnh đại diện' })).toBeVisible()
  await expect(page.getByTestId('frame-unit')).toContainText(unit.name)
  await expect(page.getByRole('button', { name: /Tải ảnh về/ })).toBeDisabled()

  await page.getByTestId('frame-photo-input').setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: png(320, 200) })
  const canvas = page.getByTestId('frame-canvas')
  await expect(canvas).toHaveAttribute('aria-label', /Ảnh của bạn trong khung/)

  // Zoom in, then drag the photo to the left.
  await page.getByRole('button', { name: 'Phóng to' }).click()
  await page.getByRole('button', { name: 'Phóng to' }).click()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 20, { steps: 5 })
  await page.mouse.up()
  await canvas.hover()
  await page.mouse.wheel(0, -200)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: /Tải ảnh về/ }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^khung-.*\.png$/)
  await expect(page.getByTestId('frame-result')).toContainText(`ghi nhận lượt đổi khung cho ${unit.name}`)
  // The only thing sent is the count: no photo, no multipart.
  expect(uploads).toEqual([`POST /api/public/campaigns/${campaign.publicId}/adoptions`])

  // The same phone again: downloaded, not counted twice.
  await page.reload()
  await page.getByTestId('frame-photo-input').setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: png(200, 320) })
  const again = page.waitForEvent('download')
  await page.getByRole('button', { name: /Tải ảnh về/ }).click()
  await again
  await expect(page.getByTestId('frame-result')).toContainText('đã được ghi nhận trước đó')
})

test('a pupil signs the Digital Safety Wall and is told it awaits review; a phone number is held', async ({ page }) => {
  await page.goto(`/buc-tuong/${campaign.publicId}`)
  await expect(page.getByRole('heading', { name: 'Bức tường An toàn số' })).toBeVisible()
  await expect(page.getByTestId('wall-count')).toBeVisible()

  await page.getByLabel('Tên hiển thị').fill(signer)
  await page.getByLabel('Tự viết lời cam kết').check()
  await page.getByLabel('Lời cam kết của bạn').fill(pledgeText)
  await expect(page.getByTestId('wall-counter')).toContainText('/280')
  await page.getByRole('button', { name: /Ký cam kết/ }).click()
  await expect(page.getByTestId('wall-receipt')).toContainText('chờ duyệt')
  await expect(page.getByTestId('wall-receipt')).toHaveAttribute('data-status', 'PENDING')

  await page.getByLabel('Tên hiển thị').fill(heldSigner)
  await page.getByLabel('Tự viết lời cam kết').check()
  await page.getByLabel('Lời cam kết của bạn').fill(`Có gì gọi mình 0912 345 678 nhé – E2E ${stamp}`)
  await expect(page.getByTestId('wall-contact-warning')).toBeVisible()
  await page.getByRole('button', { name: /Ký cam kết/ }).click()
  await expect(page.getByTestId('wall-receipt')).toHaveAttribute('data-status', 'HELD')
  await expect(page.getByTestId('wall-receipt')).toContainText('Đừng ghi thông tin liên lạc cá nhân')
})

test('the standing agency approves the pledge, which then shows on the public wall', async ({ page }) => {
  await login(page, 'congan')
  await page.getByRole('menuitem', { name: 'Chiến dịch' }).click()
  await page.getByRole('link', { name: campaign.name }).first().click()
  await expect(page.getByRole('heading', { level: 3, name: campaign.name })).toBeVisible()
  await page.getByRole('tab', { name: 'Duyệt cam kết' }).click()

  const held = page.getByTestId('pledge').filter({ hasText: heldSigner })
  await expect(held).toHaveAttribute('data-status', 'HELD')
  await expect(held.getByTestId('pledge-held-reason')).toBeVisible()

  const mine = page.getByTestId('pledge').filter({ hasText: pledgeText })
  await expect(mine).toHaveAttribute('data-status', 'PENDING')
  await mine.getByRole('button', { name: `Duyệt lời cam kết của ${signer}` }).click()
  await expect(page.getByText(`Đã duyệt lời cam kết của ${signer}.`)).toBeVisible()
  await expect(page.getByTestId('pledge').filter({ hasText: pledgeText })).toHaveCount(0)

  await page.goto(`/buc-tuong/${campaign.publicId}`)
  await expect(page.getByTestId('wall-entry').filter({ hasText: pledgeText })).toContainText(signer)
  // The kiosk shows it too, without the form.
  await page.goto(`/buc-tuong/${campaign.publicId}?kiosk=1`)
  await expect(page.getByTestId('wall-kiosk').getByTestId('wall-entry').filter({ hasText: pledgeText })).toBeVisible()
  await expect(page.getByLabel('Tên hiển thị')).toHaveCount(0)
})

test('the Youth Union moderates the wall the plan gives it; a held pledge goes up only "anyway", after a confirmation', async ({ page }) => {
  await login(page, 'thanhdoan')
  await page.goto(`/campaigns/${campaign.id}?tab=moderation`)
  await expect(page.getByTestId('wall-moderators')).toContainText('Thành đoàn Cần Thơ')
  // the demo's held pledge with a name, a class and an address says why
  await expect(page.getByTestId('pledge').filter({ hasText: 'Nguyễn Văn An lớp 7A2' }).getByTestId('pledge-held-reason')).toContainText(
    'Có họ tên kèm lớp học hoặc địa chỉ nhà',
  )

  const held = page.getByTestId('pledge').filter({ hasText: heldSigner })
  await expect(held.getByTestId('pledge-held-reason')).toContainText('Có số điện thoại')
  await expect(held.getByRole('button', { name: `Duyệt lời cam kết của ${heldSigner}` })).toHaveCount(0)
  await held.getByRole('button', { name: `Vẫn duyệt lời cam kết đang tạm giữ của ${heldSigner}` }).click()
  await expect(page.getByText('Vẫn duyệt lời cam kết đang bị tạm giữ?')).toBeVisible()
  await page.getByRole('button', { name: 'Vẫn duyệt lên bức tường' }).click()
  await expect(page.getByText(`Đã duyệt lời cam kết của ${heldSigner}.`)).toBeVisible()
  await expect(page.getByTestId('pledge').filter({ hasText: heldSigner })).toHaveCount(0)

  await page.locator('.ant-segmented-item').filter({ hasText: /^Đã duyệt$/ }).click()
  await expect(page.getByTestId('pledge').filter({ hasText: heldSigner }).getByTestId('pledge-approved-anyway')).toBeVisible()
})

test('the standing agency reads a target week by week, with the units that lag, and the reports', async ({ page }) => {
  await login(page, 'congan')
  await page.goto(`/campaigns/${campaign.id}`)
  await page.getByRole('tab', { name: 'Chỉ tiêu', exact: true }).click()
  const target = page.locator('[data-testid^="indicator-"]').filter({ hasText: '100% trường học đăng bài hưởng ứng kèm hashtag' })
  await expect(target.getByTestId('indicator-value')).toBeVisible()
  await target.getByRole('button', { name: 'Xem chi tiết' }).click()
  await expect(target.getByTestId('weekly-chart')).toBeVisible()
  await expect(target.getByRole('button', { name: /Đôn đốc/ })).toBeVisible()

  await page.getByRole('tab', { name: 'Báo cáo hoạt động' }).click()
  await expect(page.locator('.ant-table-row').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Báo cáo hoạt động' })).toBeVisible()
})

test('a task measured by the campaign targets shows, in the browser, the lowest target the indicators compute', async ({ page, request }) => {
  const token = await apiToken(request, 'congan')
  const plans = await apiJson<{ items: { id: number; reference: string; status: string }[] }>(
    request, token, 'GET', '/api/plans?q=khong%20mot%20minh&size=100')
  const plan = plans.items.find((p) => p.reference === '120/KH-UBND' && p.status === 'ISSUED')!
  const campaigns = await apiJson<{ items: { id: number; name: string }[] }>(request, token, 'GET', `/api/campaigns?planId=${plan.id}&size=100`)
  const campaign = campaigns.items.find((c) => c.name.includes('Không một mình'))!
  const indicators = await apiJson<{ items: { taskId?: number; value: number }[] }>(request, token, 'GET', `/api/campaigns/${campaign.id}/indicators`)
  const tasks = await apiJson<{ items: { id: number; measuredByTargets: boolean; percentReached: number }[] }>(
    request, token, 'GET', `/api/plans/${plan.id}/tasks?size=100`)
  const task = tasks.items.find((t) => t.measuredByTargets)!
  const lowest = Math.min(...indicators.items.filter((i) => i.taskId === task.id).map((i) => i.value))
  expect(task.percentReached).toBe(lowest)

  await login(page, 'congan')
  await page.goto(`/tasks/${task.id}`)
  const percent = `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(lowest)}%`
  await expect(page.getByTestId('task-measured').first()).toHaveText(`Theo chỉ tiêu chiến dịch · ${percent}`)
})
