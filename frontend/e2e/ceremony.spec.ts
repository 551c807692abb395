import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test, apiJson, apiToken, dateIn, issuedCeremonyPlan, login, vnDateTime } from './support'

/**
 * The launch ceremony of a plan: the standing agency (city police) sets up the event with a hall and
 * a relay point and gives the Department of Education a quota of 3 pupils; the Department submits
 * its list by the form and by a spreadsheet; the police check a delegate in at the door.
 * The demo ceremony's lists are due four days after the day the demo was loaded, and its counters are
 * the demo's to show: every test sets up its own event, on a plan of its own, with names unique per run,
 * and its own deadline (a week from today), so nothing here depends on the demo's dates.
 */
test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36).toUpperCase()
const planTitle = `Kiểm thử E2E ${stamp}: lễ phát động bảo vệ trẻ em trên môi trường mạng`
let planId = 0
let ids: { police: number; education: number } = { police: 0, education: 0 }

interface Ceremony {
  eventId: number
  title: string
  hallId: number
  relayId: number
  quotaId: number
}

test.beforeAll(async ({ request }) => {
  ;({ planId, ids } = await issuedCeremonyPlan(
    request,
    planTitle,
    'Tổ chức lễ phát động, bảo đảm thành phần đại biểu theo chỉ tiêu.',
    `Nhiệm vụ E2E ${stamp}: gửi danh sách đại biểu là học sinh dự lễ phát động`,
  ))
})

/** As congan: an event in a week with the police hall and a relay point, and 3 pupils for the Department. */
async function createCeremony(request: APIRequestContext, label: string): Promise<Ceremony> {
  const congan = await apiToken(request, 'congan')
  const title = `Lễ phát động ${label} – E2E ${stamp}`
  const event = await apiJson<{ id: number; venues: { id: number; main: boolean }[] }>(
    request,
    congan,
    'POST',
    `/api/plans/${planId}/events`,
    {
      title,
      startsAt: vnDateTime(8, 8),
      endsAt: vnDateTime(8, 11, 30),
      format: 'LIVE_RELAY',
      expectedAttendance: 275,
      chair: 'Lãnh đạo UBND thành phố',
      venues: [
        { name: 'Hội trường Công an thành phố', address: 'Số 9A Trần Phú, phường Cái Khế', capacity: 300, main: true },
        { name: 'Điểm cầu phường Ninh Kiều', capacity: 80, main: false },
      ],
    },
  )
  const categories = await apiJson<{ items: { id: number; code: string }[] }>(
    request,
    congan,
    'GET',
    `/api/plans/${planId}/invitee-categories`,
  )
  const students = categories.items.find((c) => c.code === 'STUDENT')
  expect(students, 'the STUDENT category').toBeTruthy()
  const quota = await apiJson<{ id: number }>(request, congan, 'POST', `/api/events/${event.id}/quotas`, {
    ownerOrganizationId: ids.education,
    categoryId: students!.id,
    count: 3,
    deadline: vnDateTime(7, 23, 59),
  })
  return {
    eventId: event.id,
    title,
    hallId: event.venues.find((v) => v.main)!.id,
    relayId: event.venues.find((v) => !v.main)!.id,
    quotaId: quota.id,
  }
}

async function addPupil(request: APIRequestContext, quotaId: number, fullName: string) {
  const sogddt = await apiToken(request, 'sogddt')
  return apiJson<{ id: number }>(request, sogddt, 'POST', `/api/quotas/${quotaId}/attendees`, {
    fullName,
    position: 'Học sinh',
    school: 'Trường THPT Châu Văn Liêm',
    grade: '10A1',
  })
}

/** From the plans list to the event's page, the way an officer finds it. */
async function openEvent(page: Page, c: Ceremony) {
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click()
  await page.getByLabel('Tìm kế hoạch').fill(`kiem thu e2e ${stamp.toLowerCase()}`)
  await page.getByLabel('Tìm kế hoạch').press('Enter')
  await page.getByRole('link', { name: planTitle }).click()
  await page.getByRole('tab', { name: /Sự kiện/ }).click()
  await page.getByRole('link', { name: c.title }).click()
  await expect(page.getByRole('heading', { level: 3, name: c.title })).toBeVisible()
}

test('sogddt adds a pupil by the form, sees the counter move, and is refused beyond the quota', async ({ page, request }) => {
  const c = await createCeremony(request, 'A')
  await login(page, 'sogddt')
  await openEvent(page, c)
  await page.getByRole('link', { name: 'Danh sách đại biểu của đơn vị' }).click()

  const card = page.getByTestId('my-quota-STUDENT')
  await expect(card.getByTestId('quota-filled')).toHaveText('0/3')
  await expect(card.getByTestId('quota-deadline')).toHaveText(`hạn ${dateIn(7).ui} (còn 7 ngày)`)

  const pupil = `Lê Ngọc Hân ${stamp}`
  await card.getByRole('button', { name: 'Thêm đại biểu' }).click()
  let dialog = page.getByRole('dialog', { name: /Thêm đại biểu/ })
  await dialog.getByLabel('Họ và tên').fill(pupil)
  await dialog.getByLabel('Trường').fill('Trường THPT Châu Văn Liêm')
  await dialog.getByLabel('Lớp').fill('10A1')
  await dialog.getByLabel('Họ tên phụ huynh').fill('Lê Văn Phúc')
  await dialog.getByLabel('Số điện thoại phụ huynh').fill('0939.949.749')
  await dialog.getByLabel('Hoàn cảnh khó khăn').check()
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(card.getByTestId('quota-filled')).toHaveText('1/3')
  const row = card.getByTestId('attendee-row').filter({ hasText: pupil })
  await expect(row.getByTestId('attendee-status')).toHaveText('Đã gửi')
  await expect(row).toContainText('Lớp 10A1 · Trường THPT Châu Văn Liêm')

  // The officer starts on the next pupil while a colleague sends the last two places.
  await card.getByRole('button', { name: 'Thêm đại biểu' }).click()
  dialog = page.getByRole('dialog', { name: /Thêm đại biểu/ })
  await dialog.getByLabel('Họ và tên').fill(`Võ Minh Khang ${stamp}`)
  await dialog.getByLabel('Trường').fill('Trường THPT Châu Văn Liêm')
  await dialog.getByLabel('Lớp').fill('11A2')
  await addPupil(request, c.quotaId, `Phạm Gia Bảo ${stamp}`)
  await addPupil(request, c.quotaId, `Huỳnh Thùy Linh ${stamp}`)
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click()

  const problem = dialog.getByTestId('form-problem')
  await expect(problem).toContainText('Vượt chỉ tiêu mời')
  await expect(problem).toContainText('Chỉ tiêu Học sinh, trẻ em của Sở Giáo dục và Đào tạo là 3, đã gửi 3, còn 0 chỗ; không thêm được 1 đại biểu')
  await dialog.getByRole('button', { name: 'Hủy' }).click()
  await expect(card.getByTestId('quota-filled')).toHaveText('3/3')
  await expect(card.getByRole('button', { name: 'Thêm đại biểu' })).toBeDisabled()
})

test('sogddt imports a CSV, fixes the refused row in place, confirms, and the count moves', async ({ page, request }) => {
  const c = await createCeremony(request, 'B')
  const names = [`Nguyễn Bảo Ngọc ${stamp}`, `Trần Quốc Huy ${stamp}`, `Đỗ Thanh Tâm ${stamp}`]
  const csv = [
    'Họ và tên,Chức vụ,Trường,Lớp,Họ tên phụ huynh,SĐT phụ huynh,Hoàn cảnh khó khăn',
    `${names[0]},Học sinh,Trường THPT Châu Văn Liêm,10A1,Nguyễn Văn Nam,0907100100,`,
    `${names[1]},Học sinh,Trường THPT Bùi Hữu Nghĩa,11A3,Trần Thị Mai,0907100137,x`,
    // No class: a pupil must have one.
    `${names[2]},Học sinh,Trường THPT Châu Văn Liêm,,Đỗ Văn Hùng,0907100174,`,
  ].join('\n')

  await login(page, 'sogddt')
  await page.goto(`/events/${c.eventId}/my-quotas`)
  const card = page.getByTestId('my-quota-STUDENT')
  await expect(card.getByTestId('quota-filled')).toHaveText('0/3')
  await card.getByRole('link', { name: 'Nhập từ tệp Excel' }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Nhập danh sách: Học sinh, trẻ em' })).toBeVisible()

  await page.locator('input[type=file]').setInputFiles({
    name: `danh-sach-hoc-sinh-${stamp}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })

  await expect(page.getByTestId('import-count-VALID')).toContainText('2')
  await expect(page.getByTestId('import-count-INVALID')).toContainText('1')
  const refused = page.getByTestId('import-row-4')
  await expect(refused).toContainText(names[2])
  await expect(refused.getByTestId('import-row-reasons')).toContainText('Lớp: Học sinh cần có lớp')
  await expect(page.getByTestId('import-commit')).toHaveText('Xác nhận nhập 2 đại biểu')

  await page.getByRole('button', { name: 'Sửa dòng 4' }).click()
  const editor = page.getByTestId('import-row-editor-4')
  await editor.getByLabel('Lớp (dòng 4)').fill('12A1')
  await editor.getByRole('button', { name: 'Lưu và kiểm tra lại' }).click()

  await expect(page.getByTestId('import-count-VALID')).toContainText('3')
  await expect(page.getByTestId('import-count-INVALID')).toContainText('0')
  await page.getByRole('button', { name: 'Xác nhận nhập 3 đại biểu' }).click()
  await expect(page.getByTestId('import-committed')).toHaveText('Đã nhập 3 đại biểu vào danh sách.')

  await page.getByRole('link', { name: 'Về danh sách của đơn vị' }).first().click()
  await expect(card.getByTestId('quota-filled')).toHaveText('3/3')
  for (const name of names) await expect(card.getByTestId('attendee-row').filter({ hasText: name })).toBeVisible()
})

test('congan checks a delegate in at the door by name without diacritics, then sees the repeat', async ({ page, request }) => {
  const c = await createCeremony(request, 'C')
  const name = `Trần Thị Ánh Dương ${stamp}`
  await addPupil(request, c.quotaId, name)

  await login(page, 'congan')
  await page.goto(`/events/${c.eventId}`)
  await page.getByRole('link', { name: 'Điểm danh' }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Điểm danh đại biểu' })).toBeVisible()

  await page.getByRole('combobox', { name: 'Cửa điểm danh tại' }).click()
  // antd draws the visible options apart from its accessible list, each titled with its label.
  await page.getByTitle('Hội trường Công an thành phố (địa điểm chính)').and(page.locator('[aria-disabled="false"]')).click()
  await page.getByText('Tìm theo tên').click()
  await page.getByLabel('Tìm đại biểu theo tên').fill(`tran thi anh duong ${stamp.toLowerCase()}`)

  const result = page.getByTestId('door-search-result').filter({ hasText: name })
  await expect(result).toContainText('Sở Giáo dục và Đào tạo')
  await result.getByRole('button', { name: 'Điểm danh' }).click()

  const card = page.getByTestId('door-result')
  await expect(card).toHaveAttribute('data-kind', 'ok')
  await expect(card.getByTestId('door-result-name')).toHaveText(name)
  await expect(card).toContainText('Mời vào – điểm danh lúc')
  await expect(card).toContainText('Học sinh, trẻ em')
  await expect(card).toContainText('Hội trường Công an thành phố')

  await result.getByRole('button', { name: 'Điểm danh' }).click()
  await expect(card).toHaveAttribute('data-kind', 'repeat')
  await expect(card).toContainText(/Đã điểm danh lúc \d\d:\d\d/)

  await expect(page.getByTestId('count-total')).toHaveText('1/1')
  await expect(page.getByTestId(`count-venue-${c.hallId}`).getByTestId('count-venue')).toHaveText('1/1')
  await expect(page.getByTestId(`count-venue-${c.relayId}`).getByTestId('count-venue')).toHaveText('0/0')
})
