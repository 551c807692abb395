import { expect, test, apiJson, apiToken, login, logout } from './support'

/**
 * A support referral from the SPA: a teacher of Trường THPT Châu Văn Liêm opens a case for Thành đoàn, which
 * acknowledges it, records the first contact and closes it with its outcome; the public pages carry the 111 line.
 */
test.describe.configure({ mode: 'serial' })

const alias = `N.T.${Date.now().toString(36).toUpperCase().replace(/[0-9]/g, '')}`
let code = ''

test('a teacher opens a case for a child at risk', async ({ page }) => {
  await login(page, 'thptcvl')
  await page.getByRole('menuitem', { name: 'Hỗ trợ trẻ em' }).click()
  await page.getByRole('button', { name: 'Mở hồ sơ hỗ trợ' }).click()

  const receiver = page.getByRole('combobox', { name: 'Đơn vị tiếp nhận' })
  await receiver.click()
  await receiver.fill('thanh doan')
  await page.getByTitle('Thành đoàn Cần Thơ · Đoàn thể', { exact: true }).and(page.locator('[aria-disabled="false"]')).click()
  await page.getByRole('combobox', { name: 'Nguy cơ' }).click()
  await page.getByTitle('Bị thao túng', { exact: true }).and(page.locator('[aria-disabled="false"]')).click()
  await page.getByLabel('Bí danh hoặc chữ cái đầu của tên').fill(alias)
  await page.getByLabel(/^Lớp/).fill('8')
  await page.getByLabel(/^Ghi chú/).fill('Em bị một tài khoản lạ dụ gặp mặt.')
  await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click()

  const heading = page.getByRole('heading', { name: /^Hồ sơ HT-/ })
  await expect(heading).toBeVisible()
  code = ((await heading.textContent()) ?? '').replace('Hồ sơ ', '').trim()
  expect(code).toMatch(/^HT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
  await expect(page.getByText('Chờ tiếp nhận')).toBeVisible()
  await expect(page.getByTestId('sla-badge')).toContainText('Xác nhận trước')
  await logout(page)
})

test('Thành đoàn acknowledges it, records the first contact and closes it', async ({ page }) => {
  await login(page, 'thanhdoan')
  await page.goto('/referrals?side=RECEIVED')
  await page.getByRole('link', { name: code }).click()
  await expect(page.getByRole('heading', { name: `Hồ sơ ${code}` })).toBeVisible()
  await expect(page.getByText(alias)).toBeVisible()

  await page.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click()
  await expect(page.getByText('Đã tiếp nhận', { exact: true })).toBeVisible()
  await expect(page.getByTestId('sla-badge')).toContainText('Liên hệ trước')

  await page.getByRole('button', { name: 'Ghi nhận đã liên hệ' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: 'Ghi nhận đã liên hệ' }).click()
  await expect(page.getByText('Đang hỗ trợ', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Đóng hồ sơ' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('combobox', { name: 'Kết quả' }).click()
  await page.getByTitle('Đã hỗ trợ', { exact: true }).and(page.locator('[aria-disabled="false"]')).click()
  await dialog.getByRole('button', { name: 'Đóng hồ sơ' }).click()
  await expect(page.getByText('Đã đóng', { exact: true })).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.ant-descriptions-item-content', { hasText: 'Đã hỗ trợ' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Đóng hồ sơ' })).toHaveCount(0)
})

test('the standing agency sees neither the case nor the child, only counts', async ({ page, request }) => {
  const congan = await apiToken(request, 'congan')
  const list = await apiJson<{ items: { code: string }[] }>(request, congan, 'GET', '/api/referrals?size=100')
  expect(list.items.map((r) => r.code)).not.toContain(code)
  await login(page, 'congan')
  await page.goto('/referrals/escalations')
  await expect(page.getByRole('heading', { name: 'Hồ sơ quá hạn' })).toBeVisible()
  await expect(page.getByText(alias)).toHaveCount(0)
})

test('every public page offers the national child-protection line 111, collecting nothing', async ({ page, request }) => {
  const congan = await apiToken(request, 'congan')
  const campaigns = await apiJson<{ items: { id: number; name: string }[] }>(request, congan, 'GET', '/api/campaigns?size=100')
  const campaign = campaigns.items.find((c) => c.name.includes('Không một mình'))
  expect(campaign).toBeTruthy()
  await page.goto(`/buc-tuong/${campaign!.id}`)
  const help = page.getByRole('complementary', { name: 'Cần giúp đỡ?' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('link', { name: 'Gọi 111 – Tổng đài quốc gia bảo vệ trẻ em' })).toHaveAttribute('href', 'tel:111')
  await expect(help.locator('form, input, textarea')).toHaveCount(0)
})
