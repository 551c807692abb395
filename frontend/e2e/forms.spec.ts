import { expect, test, apiJson, apiToken, login } from './support'

/**
 * A create dialog cannot double-submit: the activity report dialog sends its report once however often "Gửi báo cáo" is
 * clicked (its own Idempotency-Key, the button disabled while it is on its way), and when the server refuses a photo of
 * a saved report the dialog says so and sends only the photo again — never a second report.
 */

const stamp = `E2E-${Date.now().toString(36).toUpperCase()}`
/** A 1×1 PNG: what the server takes as a photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

interface Report {
  id: number
  place?: string
  photos: unknown[]
}

test('a double click sends one report; a refused photo is retried alone and the report exists once', async ({ page, request }) => {
  const token = await apiToken(request, 'thptcvl')
  const campaigns = await apiJson<{ items: { id: number; name: string }[] }>(request, token, 'GET', '/api/campaigns?size=100')
  const campaign = campaigns.items.find((c) => c.name.includes('Không một mình'))
  expect(campaign, 'the demo campaign the school takes part in').toBeTruthy()

  await login(page, 'thptcvl')
  await page.goto(`/campaigns/${campaign!.id}`)
  await page.getByRole('tab', { name: 'Báo cáo hoạt động' }).click()
  await page.getByRole('button', { name: 'Báo cáo hoạt động' }).click()
  const dialog = page.getByRole('dialog', { name: 'Báo cáo hoạt động' })
  await expect(dialog).toBeVisible()

  const type = dialog.getByRole('combobox', { name: 'Loại hoạt động' })
  await type.click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click()
  await dialog.getByLabel('Địa điểm, kênh đăng').fill(stamp)
  // a file that says it is a PNG but is not one: the browser lets it through, the server reads its bytes and refuses it
  await dialog.locator('input[type=file]').setInputFiles({ name: 'khong-phai-anh.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') })
  await dialog.getByRole('button', { name: 'Gửi báo cáo' }).dblclick()

  await expect(dialog.getByTestId('report-photos-partial')).toContainText('Đã lưu báo cáo; 1 ảnh chưa tải lên được')
  await expect(dialog.getByTestId('report-photos-partial')).toContainText('khong-phai-anh.png')
  await expect(dialog.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0)

  // the refused photo is taken out and a real one put in its place; only the photos are sent again
  await dialog.locator('.ant-upload-list-item').filter({ hasText: 'khong-phai-anh.png' }).getByRole('button').last().click()
  await dialog.locator('input[type=file]').setInputFiles({ name: 'anh-that.png', mimeType: 'image/png', buffer: PNG })
  await dialog.getByRole('button', { name: /Tải lại ảnh/ }).click()
  await expect(dialog).toBeHidden()

  const reports = await apiJson<{ items: Report[] }>(request, token, 'GET', `/api/campaigns/${campaign!.id}/reports?size=100`)
  const mine = reports.items.filter((r) => r.place === stamp)
  expect(mine, 'one report, however often the button was clicked').toHaveLength(1)
  expect(mine[0].photos, 'the photo sent again belongs to that report').toHaveLength(1)
})

test('the wall’s kiosk shows a QR code of its join address, and the quiz page shares through the phone’s share sheet', async ({ page, request }) => {
  const token = await apiToken(request, 'congan')
  const campaigns = await apiJson<{ items: { id: number; name: string; publicId: string }[] }>(request, token, 'GET', '/api/campaigns?size=100')
  const campaign = campaigns.items.find((c) => c.name.includes('Không một mình'))!
  const quizzes = await apiJson<{ items: { publicId: string; title: string }[] }>(request, token, 'GET', `/api/campaigns/${campaign.id}/quiz/quizzes`)

  await page.goto(`/buc-tuong/${campaign.publicId}?kiosk=1`)
  const qr = page.getByTestId('wall-join').getByRole('img', { name: 'Mã QR dẫn đến trang ký cam kết trên bức tường' })
  await expect(qr).toBeVisible()
  // drawn by the ZXing writer in this browser: a real picture, not an empty box
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expect(page.getByTestId('wall-join')).toContainText(`/buc-tuong/${campaign.publicId}`)

  // a phone: the Web Share API is there, and gets the quiz's address, title and text in Vietnamese
  await page.addInitScript(() => {
    const shared: unknown[] = []
    Object.assign(window, { __shared: shared })
    Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data), configurable: true })
  })
  await page.goto(`/trac-nghiem/${quizzes.items[0].publicId}?unit=THPT-CVL`)
  await page.getByRole('button', { name: /Chia sẻ/ }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: { url: string; title: string }[] }).__shared)).toEqual([
    expect.objectContaining({ url: expect.stringContaining(`/trac-nghiem/${quizzes.items[0].publicId}?unit=THPT-CVL`), title: `Trắc nghiệm: ${quizzes.items[0].title}` }),
  ])
})
