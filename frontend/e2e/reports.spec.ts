import { readFileSync } from 'node:fs'
import { expect, test, login, logout } from './support'

test('the standing agency downloads the progress report of plan 120/KH-UBND as Word and PDF, with its signer', async ({ page }) => {
  await login(page, 'congan')
  await page.goto('/plans')
  await page.getByRole('link', { name: /Không một mình/ }).first().click()
  const card = page.getByTestId('plan-reports')
  await expect(card.getByText('Báo cáo', { exact: true })).toBeVisible()
  // the template starts from the standing agency's defaults
  await card.getByText('Thể thức văn bản', { exact: false }).click()
  await expect(card.getByLabel('Cơ quan ban hành', { exact: true })).toHaveValue('CÔNG AN THÀNH PHỐ CẦN THƠ')
  await card.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn An')
  await card.getByLabel('Quyền hạn ký', { exact: true }).fill('KT. GIÁM ĐỐC')
  await card.getByLabel('Chức vụ người ký', { exact: true }).fill('PHÓ GIÁM ĐỐC')

  const word = page.waitForEvent('download')
  await card.getByRole('button', { name: /Báo cáo tiến độ \(Word\)/ }).click()
  const docx = await word
  expect(docx.suggestedFilename()).toMatch(/^bao-cao-tien-do-120-kh-ubnd-\d{4}-\d{2}-\d{2}\.docx$/)
  const bytes = readFileSync((await docx.path())!)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK') // a zip: the Word file
  await expect(page.getByText(/Đã tải xuống bao-cao-tien-do-120-kh-ubnd/)).toBeVisible()

  const pdf = page.waitForEvent('download')
  await card.getByRole('button', { name: /Báo cáo tiến độ \(PDF\)/ }).click()
  const file = await pdf
  expect(readFileSync((await file.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  const xlsx = page.waitForEvent('download')
  await card.getByRole('button', { name: /Bảng nhiệm vụ \(Excel\)/ }).click()
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/)
  await logout(page)

  // an agency that leads tasks sees the plan, not the reports of everyone's progress
  await login(page, 'sogddt')
  await page.goto('/plans')
  await page.getByRole('link', { name: /Không một mình/ }).first().click()
  await expect(page.getByRole('heading', { name: /Không một mình/ })).toBeVisible()
  await expect(page.getByTestId('plan-reports')).toHaveCount(0)
})
