import { expect, test, login } from './support'

/**
 * Each person's home with the demo data answers "what must I do today", and its first action is one click away:
 * the Committee's coordinator urges the laggards of a plan, the standing agency opens a campaign's targets behind,
 * a department officer opens its most urgent task, a school opens a link it gives its pupils, a judge opens the
 * entries to score. A viewer sees the plans only.
 */

test('the coordinator of the Committee sees the laggards and urges them from the home', async ({ page }) => {
  await login(page, 'ubnd')
  const laggards = page.getByTestId('home-LAGGARDS')
  await expect(laggards).toBeVisible()
  await expect(page.getByTestId('home-PLANS_BY_STATUS')).toBeVisible()
  await expect(page.getByTestId('home-QUOTA_FILL').getByTestId('event-fill').first()).toBeVisible()

  await laggards.getByTestId('lagging-open').first().click()
  await expect(page).toHaveURL(/\/plans\/\d+\/progress$/)
  await page.getByRole('button', { name: /Đôn đốc/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Đôn đốc các đơn vị chậm tiến độ' })
  await confirm.getByRole('button', { name: /Gửi đôn đốc/ }).click()
  await expect(page.getByTestId('remind-result')).toContainText('Đã gửi nhắc nhở tới')
})

test('the standing agency sees the campaign targets behind and opens them', async ({ page }) => {
  await login(page, 'congan')
  await expect(page.getByTestId('home-LAGGARDS')).toBeVisible()
  const behind = page.getByTestId('home-TARGETS_BEHIND').getByTestId('campaign-behind').first()
  await expect(behind).toContainText('chỉ tiêu chưa đạt')
  await behind.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/campaigns\/\d+\?tab=indicators$/)
  await expect(page.getByRole('tab', { selected: true })).toBeVisible()
})

test('a department officer opens its most urgent task from the home', async ({ page }) => {
  await login(page, 'sogddt')
  const tasks = page.getByTestId('home-MY_TASKS')
  const first = tasks.getByTestId('due-task').first()
  await expect(first).toBeVisible()
  const text = (await first.getByRole('link').innerText()).trim()
  const href = await first.getByRole('link').getAttribute('href')
  await first.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  // the link reads "II.2. Tham mưu …": the task's own text ends the same way
  await expect(page.getByTestId('task-text')).toContainText(text.slice(-30))
})

test('a school sees its own figures and opens the wall link it gives its pupils', async ({ page, context }) => {
  await login(page, 'thptcvl')
  const campaign = page.getByTestId('home-MY_CAMPAIGNS').getByTestId('unit-campaign').first()
  await expect(campaign.getByTestId('unit-figures')).toBeVisible()
  const wall = campaign.getByTestId('share-WALL')
  await wall.getByRole('button', { name: /Mã QR/ }).click()
  await expect(wall.getByTestId('share-qr')).toBeVisible()
  const [pupil] = await Promise.all([context.waitForEvent('page'), wall.getByTestId('share-open').click()])
  await expect(pupil).toHaveURL(/\/buc-tuong\/[^?]+\?unit=THPT-CHAUVANLIEM$/)
  await expect(pupil.getByTestId('wall-count')).toBeVisible()
})

test('a judge opens the entries to score from the home', async ({ page }) => {
  await login(page, 'giamkhao')
  const judging = page.getByTestId('home-TO_SCORE').getByTestId('judging').first()
  await expect(judging).toContainText(/Đã chấm \d+\/\d+ bài/)
  await judging.getByRole('link').click()
  await expect(page.getByRole('tab', { name: 'Chấm thi', selected: true })).toBeVisible()
  await expect(page.getByTestId('judging-progress')).toHaveText(/^Đã chấm \d+\/\d+ bài$/)
})

test('a viewer sees the latest plans only', async ({ page }) => {
  await login(page, 'xem')
  await expect(page.getByTestId('home-RECENT_PLANS')).toBeVisible()
  await expect(page.getByTestId('home-LAGGARDS')).toHaveCount(0)
  await expect(page.getByTestId('home-MY_TASKS')).toHaveCount(0)
})
