import { expect, test, login, logout, PASSWORD } from './support'

const DEMO_USERS = ['admin', 'ubnd', 'congan', 'sogddt', 'sonoivu', 'sovhttdl']

test.describe('sign-in', () => {
  for (const username of DEMO_USERS) {
    test(`${username} signs in and out`, async ({ page, request }) => {
      // The header shows who is signed in, as /api/me names them.
      const token = await request.post('/api/auth/token', { data: { username, password: PASSWORD } })
      expect(token.ok()).toBeTruthy()
      const { accessToken } = await token.json()
      const me = await (await request.get('/api/me', { headers: { Authorization: `Bearer ${accessToken}` } })).json()

      await login(page, username)
      await expect(page).toHaveURL(/\/$/)
      await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: me.fullName })).toBeVisible()
      await expect(page.getByTestId('user-menu')).toContainText(me.fullName)
      await logout(page)
      await expect(page).toHaveURL(/\/login/)
    })
  }

  test('a wrong password shows the server’s error and stays on the login page', async ({ page, request }) => {
    const refused = await request.post('/api/auth/token', {
      data: { username: 'sogddt', password: 'not-the-password' },
      headers: { 'Accept-Language': 'vi' },
    })
    expect(refused.status()).toBe(401)
    const problem = await refused.json()

    await page.goto('/login')
    await page.getByLabel('Tên đăng nhập').fill('sogddt')
    await page.getByLabel('Mật khẩu').fill('not-the-password')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByTestId('login-error')).toContainText(problem.title)
    await expect(page).toHaveURL(/\/login/)
  })

  test('a page behind the login sends an anonymous visitor to sign in, then back', async ({ page }) => {
    await page.goto('/plans')
    await expect(page).toHaveURL(/\/login\?next=%2Fplans/)
    await page.getByLabel('Tên đăng nhập').fill('ubnd')
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByRole('heading', { name: 'Kế hoạch', level: 3 })).toBeVisible()
  })

  test('the language switch turns the interface to English', async ({ page }) => {
    await login(page, 'sogddt')
    await page.getByTitle('English').click()
    await expect(page.getByRole('menuitem', { name: 'Plans' })).toBeVisible()
    await page.getByTitle('Tiếng Việt').click()
    await expect(page.getByRole('menuitem', { name: 'Kế hoạch' })).toBeVisible()
  })
})
