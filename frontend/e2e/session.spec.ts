import { expect, test, login, logout } from './support'

/**
 * Sessions (issue 16, item 5): the access token lives in the page's memory, the refresh token in an HttpOnly,
 * SameSite=Strict cookie; a reload and a new tab start from the cookie, and a sign-out ends every tab.
 */
test('a reload and a new tab keep the session; a sign-out in one tab ends the other', async ({ page, context }) => {
  await login(page, 'sogddt')

  // the refresh token is a cookie the page's scripts cannot read, and nothing of the session is in the tab's storage
  expect(await page.evaluate(() => document.cookie)).not.toContain('safeonline_refresh')
  const cookie = (await context.cookies()).find((c) => c.name === 'safeonline_refresh')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' })
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))
  expect(stored).not.toContain('eyJ') // no JWT

  // a reload keeps the session and the page
  await page.getByRole('menuitem', { name: 'Kế hoạch' }).click()
  await expect(page).toHaveURL(/\/plans/)
  await page.reload()
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await expect(page).toHaveURL(/\/plans$/)
  await expect(page.getByRole('heading', { name: 'Kế hoạch', level: 3 })).toBeVisible()

  // a new tab is signed in too
  const other = await context.newPage()
  await other.goto('/tasks')
  await expect(other.getByTestId('user-menu')).toBeVisible()
  await expect(other).toHaveURL(/\/tasks/)

  // both tabs keep working side by side (their refreshes take turns: neither is taken for a stolen cookie)
  await Promise.all([page.reload(), other.reload()])
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await expect(other.getByTestId('user-menu')).toBeVisible()

  // sign out in the first tab: the other's next action lands on the login page
  await logout(page)
  await expect(page).toHaveURL(/\/login/)
  await other.goto('/plans')
  await expect(other).toHaveURL(/\/login/)
  await expect(other.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
  expect((await context.cookies()).find((c) => c.name === 'safeonline_refresh')).toBeUndefined()
  // and a reload does not bring the session back
  await page.reload()
  await expect(page).toHaveURL(/\/login/)
})

test('the other tab follows a sign-out at once, without a reload', async ({ page, context }) => {
  await login(page, 'sonoivu')
  const other = await context.newPage()
  await other.goto('/plans')
  await expect(other.getByTestId('user-menu')).toBeVisible()
  await logout(page)
  await expect(other.getByRole('button', { name: 'Đăng nhập' })).toBeVisible()
})
