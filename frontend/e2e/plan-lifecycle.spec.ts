import type { Page } from '@playwright/test'
import { expect, test, dateIn, fillDate, login, pickOrganization } from './support'

/**
 * One plan's life across three organisations: the Committee's office drafts and issues it,
 * the standing agency (city police) watches and urges, the Department of Education reports.
 * Titles and numbers are unique per run, so reruns against the same database pass.
 */
test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36).toUpperCase()
const title = `Kiểm thử E2E ${stamp}: tuyên truyền an toàn trực tuyến trong trường học`
const taskText = `Nhiệm vụ E2E ${stamp}: 100% trường học đăng bài phát động kèm hashtag chiến dịch`
const number = String(Date.now() % 900000 + 100000)
const due = dateIn(3)
const today = dateIn(0)
let planPath = ''

async function openPlanBySearch(page: Page) {
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click()
  // Searched without diacritics: the server ignores them.
  await page.getByLabel('Tìm kế hoạch').fill(`kiem thu e2e ${stamp.toLowerCase()}`)
  await page.getByLabel('Tìm kế hoạch').press('Enter')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible()
}

function progressRow(page: Page) {
  return page.getByTestId('progress-row-SO-GDDT')
}

test('ubnd drafts a plan with a task for the Department of Education and issues it', async ({ page }) => {
  await login(page, 'ubnd')
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click()
  await page.getByRole('link', { name: 'Tạo kế hoạch' }).click()

  await page.getByLabel('Trích yếu').fill(title)
  await pickOrganization(page, 'Cơ quan thường trực', 'cong an thanh pho can tho', 'Công an thành phố Cần Thơ')
  await page.getByRole('button', { name: 'Thêm căn cứ' }).click()
  await page.getByRole('combobox', { name: 'Loại văn bản' }).fill('Kế hoạch')
  await page.getByLabel('Số, ký hiệu').fill('578/KH-BCA-A05')
  await page.getByLabel('Mục đích').fill('Nâng cao nhận thức, kỹ năng tự bảo vệ của học sinh trên không gian mạng.')
  await page.getByLabel('Họ tên người ký').fill('Trương Cảnh Tuyên')
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click()

  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible()
  await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo')
  planPath = new URL(page.url()).pathname

  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' })
  await pickOrganization(page, 'Cơ quan chủ trì', 'so giao duc', 'Sở Giáo dục và Đào tạo')
  await dialog.getByLabel('Nội dung nhiệm vụ').fill(taskText)
  await fillDate(page, 'Thời hạn', due.ui)
  await dialog.getByRole('button', { name: 'Lưu' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('link', { name: taskText })).toBeVisible()

  await page.getByRole('button', { name: 'Ban hành' }).click()
  const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' })
  await issue.getByLabel('Số', { exact: true }).fill(number)
  await fillDate(page, 'Ngày ban hành', today.ui)
  await issue.getByRole('button', { name: 'Ban hành' }).click()
  await expect(issue).toBeHidden()

  await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành')
  await expect(page.getByTestId('plan-heading-reference')).toHaveText(`Số: ${number}/KH-UBND`)
  await page.getByRole('tab', { name: 'Văn bản kế hoạch' }).click()
  await expect(page.getByTestId('plan-reference')).toHaveText(`Số: ${number}/KH-UBND`)
  const [d, m, y] = today.ui.split('/')
  const month = Number(m) <= 2 ? m : String(Number(m))
  await expect(page.getByTestId('plan-place-date')).toHaveText(`Cần Thơ, ngày ${d} tháng ${month} năm ${y}`)
})

test('congan, the standing agency, sees the Department lagging and urges it', async ({ page }) => {
  expect(planPath, 'the plan issued by the first step').not.toBe('')
  await login(page, 'congan')
  await openPlanBySearch(page)
  await page.getByRole('link', { name: 'Theo dõi tiến độ' }).click()

  const row = progressRow(page)
  await expect(row).toContainText('Sở Giáo dục và Đào tạo')
  await expect(row.getByTestId('count-NOT_STARTED')).toHaveText('1')
  await expect(row.getByTestId('count-DONE_ON_TIME')).toHaveText('0')

  await page.getByRole('button', { name: /Đôn đốc/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Đôn đốc các đơn vị chậm tiến độ' })
  await expect(confirm.getByTestId('remind-orgs')).toContainText('Sở Giáo dục và Đào tạo')
  await confirm.getByLabel('Lời nhắn kèm theo (không bắt buộc)').fill(`Đề nghị báo cáo kết quả (${stamp}).`)
  await confirm.getByRole('button', { name: /Gửi đôn đốc/ }).click()
  await expect(page.getByTestId('remind-result')).toContainText('Đã gửi nhắc nhở tới 1 đơn vị')
})

test('sogddt sees the task due on the dashboard, opens it and reports it done', async ({ page }) => {
  expect(planPath, 'the plan issued by the first step').not.toBe('')
  await login(page, 'sogddt')

  const item = page.getByTestId('due-task').filter({ hasText: taskText })
  await expect(item).toBeVisible()
  await expect(item.getByTestId('due-countdown')).toHaveText('· còn 3 ngày')
  await expect(item.getByTestId('task-status')).toHaveText('Chưa thực hiện')
  await expect(page.getByTestId('notification-bell')).not.toHaveAccessibleName(/, 0 chưa đọc/)

  await item.getByRole('link').click()
  await expect(page.getByTestId('task-text')).toHaveText(taskText)

  await page.getByLabel('Đã hoàn thành nhiệm vụ').check()
  await page.getByLabel('Nội dung đã thực hiện').fill(`143/150 trường đã đăng bài phát động (${stamp}).`)
  await page.getByRole('button', { name: 'Thêm đường dẫn' }).click()
  await page.getByLabel('Đường dẫn minh chứng 1').fill('https://sogddt.cantho.gov.vn/tin-tuc/an-toan-truc-tuyen')
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click()

  const report = page.getByTestId('progress-report').filter({ hasText: stamp })
  await expect(report).toBeVisible()
  await expect(report.getByRole('link', { name: /sogddt\.cantho\.gov\.vn/ })).toBeVisible()
  await expect(page.getByTestId('task-status')).toHaveText('Hoàn thành đúng hạn')
})

test("congan sees the Department's row move to done on time", async ({ page }) => {
  expect(planPath, 'the plan issued by the first step').not.toBe('')
  await login(page, 'congan')
  await page.goto(`${planPath}/progress`)
  const row = progressRow(page)
  await expect(row.getByTestId('count-DONE_ON_TIME')).toHaveText('1')
  await expect(row.getByTestId('count-NOT_STARTED')).toHaveText('0')
  await expect(row).toContainText(today.ui)
})
