import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'

export { expect }

/** The axe impacts that fail a browser test. */
const FAILING_IMPACTS = new Set(['serious', 'critical'])
/** Quiet time after a navigation before the page is checked (the SPA renders, its queries answer). */
const SETTLE_MS = 800

interface Finding {
  url: string
  rule: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Watches every page of the contexts it is given: each page is checked with axe after each navigation
 * (full loads and the SPA's own route changes) and once more at the end of the test. A violation counts
 * only when a second check a moment later still finds it on the same element, so that a dialog or a
 * message caught mid-animation (half transparent) is not taken for grey text.
 */
class A11yWatch {
  private readonly findings = new Map<string, Finding>()
  private readonly timers = new Map<Page, ReturnType<typeof setTimeout>>()
  private readonly running = new Map<Page, Promise<void>>()
  private readonly pages = new Set<Page>()
  private readonly errors: string[] = []
  private stopped = false

  watchContext(context: BrowserContext) {
    context.on('page', (page) => this.watchPage(page))
    for (const page of context.pages()) this.watchPage(page)
  }

  private watchPage(page: Page) {
    if (this.pages.has(page)) return
    this.pages.add(page)
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.schedule(page)
    })
    page.on('close', () => {
      clearTimeout(this.timers.get(page))
      this.pages.delete(page)
    })
  }

  private schedule(page: Page) {
    if (this.stopped) return
    clearTimeout(this.timers.get(page))
    this.timers.set(
      page,
      setTimeout(() => void this.check(page), SETTLE_MS),
    )
  }

  /** One check at a time per page (axe refuses to run twice at once). */
  private check(page: Page): Promise<void> {
    const previous = this.running.get(page) ?? Promise.resolve()
    const next = previous.then(() => this.checkNow(page))
    this.running.set(page, next)
    return next
  }

  private async checkNow(page: Page) {
    const url = page.url()
    if (page.isClosed() || !url.startsWith('http')) return
    try {
      const first = await scan(page)
      if (first.length === 0) return
      await page.waitForTimeout(1000)
      if (page.url() !== url) return // navigated meanwhile: that page gets its own check
      const again = new Set((await scan(page)).map(findingKey))
      for (const f of first) if (again.has(findingKey(f))) this.findings.set(`${f.url} ${findingKey(f)}`, f)
    } catch (e) {
      // The page closed, reloaded or navigated while axe ran (a download, a sign-out): the page it landed on
      // is checked on its own. Anything else is a broken check, reported at the end of the test.
      const message = e instanceof Error ? e.message : String(e)
      if (!/closed|destroyed|detached|navigat|Test ended/i.test(message)) this.errors.push(`${url}: ${message}`)
    }
  }

  /** Checks every page still open, waits for the checks under way, and fails with a readable list. */
  async finish() {
    this.stopped = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    await Promise.all([...this.pages].filter((p) => !p.isClosed()).map((p) => this.check(p)))
    await Promise.all([...this.running.values()])
    expect(this.errors, 'axe could not check a page').toEqual([])
    const findings = [...this.findings.values()]
    if (findings.length === 0) return
    const text = findings
      .map((f) => `- [${f.impact}] ${f.rule}: ${f.help}\n    at ${f.url}\n    ${f.targets.join('\n    ')}`)
      .join('\n')
    expect(findings, `axe found ${findings.length} serious or critical accessibility violation(s):\n${text}`).toEqual([])
  }
}

function findingKey(f: Finding): string {
  return `${f.rule} ${f.targets.join(' | ')}`
}

/** One axe run over the page: its serious and critical violations. */
async function scan(page: Page): Promise<Finding[]> {
  const builder = new AxeBuilder({ page })
    // no cross-origin frames in this app: run axe in the page itself (the default opens a blank page of its own)
    .setLegacyMode(true)
    // antd's table draws, under a table that scrolls sideways, a row of height 0 marked aria-hidden that repeats
    // each column title to measure it, the select-all box included (rc-table's MeasureRow): not ours to change,
    // and never seen; the real header row is checked.
    .exclude('.ant-table-measure-row')
  // A new document can replace the one axe was put into (a reload or a redirect to the same address): axe is
  // then missing when it is called; put it in again, a few times.
  let result
  for (let attempt = 1; ; attempt++) {
    try {
      result = await builder.analyze()
      break
    } catch (e) {
      if (page.isClosed() || attempt >= 3 || !/Cannot read properties of undefined|axe is not defined/.test(String(e))) throw e
      await page.waitForTimeout(300)
      await page.waitForLoadState()
    }
  }
  return result.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))
    .map((v) => ({
      url: page.url(),
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    }))
}

/**
 * The `test` every spec imports: each page the test opens — the default page, pages opened from it, and
 * pages of contexts made with `browser.newContext()` — is checked with axe (see A11yWatch); a serious or
 * critical violation fails the test.
 */
export const test = base.extend<{ a11y: A11yWatch }>({
  a11y: [
    async ({ context, browser }, use) => {
      const watch = new A11yWatch()
      watch.watchContext(context)
      const newContext = browser.newContext.bind(browser)
      const patched: Browser['newContext'] = async (options) => {
        const made = await newContext(options)
        watch.watchContext(made)
        return made
      }
      browser.newContext = patched
      try {
        await use(watch)
      } finally {
        browser.newContext = newContext
      }
      await watch.finish()
    },
    { auto: true },
  ],
})

export const PASSWORD = 'demo1234'

/** Signs in through the login page and waits for the home page. */
export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByTestId('user-menu')).toBeVisible()
}

export async function logout(page: Page): Promise<void> {
  // antd's dropdown animates in: a click on the item during the animation can be lost, so retry the gesture
  await expect(async () => {
    if (await page.getByRole('button', { name: 'Đăng nhập' }).isVisible()) return
    const item = page.getByRole('menuitem', { name: 'Đăng xuất' })
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click()
    await item.click({ timeout: 2000 })
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 15_000 })
}

/**
 * Picks an organisation in an organisation picker: types part of the name without
 * diacritics (the server's search ignores them) and chooses the full name.
 */
export async function pickOrganization(page: Page, label: string | RegExp, search: string, name: string) {
  const box = page.getByRole('combobox', { name: label })
  await box.click()
  await box.fill(search)
  // antd keeps its accessible option list hidden and draws the visible options apart,
  // each with the organisation's name as its title.
  const option = page.getByTitle(name, { exact: true }).and(page.locator('[aria-disabled="false"]'))
  await expect(option).toBeVisible()
  await option.click()
  await expect(page.getByRole('combobox', { name: label })).toHaveValue('')
}

/** dd/MM/yyyy of today plus some days, in the browser's time zone (Asia/Ho_Chi_Minh). */
export function dateIn(days: number): { ui: string; iso: string } {
  const d = new Date(Date.now() + days * 86_400_000)
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d)
    .split('-')
  const [y, m, day] = parts
  return { ui: `${day}/${m}/${y}`, iso: `${y}-${m}-${day}` }
}

/** Types a date into an antd date picker and confirms it. */
export async function fillDate(page: Page, label: string | RegExp, ddmmyyyy: string) {
  const input = page.getByLabel(label)
  await input.click()
  await input.fill(ddmmyyyy)
  await input.press('Enter')
}

/** A bearer token for a demo account, for setting up data through the API. */
export async function apiToken(request: APIRequestContext, username: string, password = PASSWORD): Promise<string> {
  const res = await request.post('/api/auth/token', { data: { username, password } })
  expect(res.ok(), `token for ${username}`).toBeTruthy()
  return (await res.json()).accessToken as string
}

/** A JSON call as one user; fails the test with the server's answer when it is not 2xx. */
export async function apiJson<T = Record<string, unknown>>(
  request: APIRequestContext,
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
): Promise<T> {
  const res = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${token}` } })
  const body = await res.text()
  expect(res.ok(), `${method} ${path} → ${res.status()} ${body}`).toBeTruthy()
  return (body ? JSON.parse(body) : undefined) as T
}

/** The id of an organisation found by (part of) its name, without diacritics. */
export async function orgId(request: APIRequestContext, token: string, search: string, name: string): Promise<number> {
  const page = await apiJson<{ items: { id: number; name: string }[] }>(
    request,
    token,
    'GET',
    `/api/organizations?q=${encodeURIComponent(search)}&size=20`,
  )
  const org = page.items.find((o) => o.name === name)
  expect(org, `organisation ${name}`).toBeTruthy()
  return org!.id
}

/** An ISO timestamp with the +07:00 offset, some days from now at a given hour. */
export function vnDateTime(days: number, hour: number, minute = 0): string {
  const { iso } = dateIn(days)
  return `${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`
}

/**
 * As ubnd: an issued plan of its own whose standing agency is the city police, with one task for the Department of Education
 * (the ceremony and door specs each run their events on such a plan). Returns the plan and the two organisations.
 */
export async function issuedCeremonyPlan(
  request: APIRequestContext,
  title: string,
  purpose: string,
  taskText: string,
): Promise<{ planId: number; ids: { police: number; education: number } }> {
  const ubnd = await apiToken(request, 'ubnd')
  const ids = {
    police: await orgId(request, ubnd, 'cong an thanh pho can tho', 'Công an thành phố Cần Thơ'),
    education: await orgId(request, ubnd, 'so giao duc', 'Sở Giáo dục và Đào tạo'),
  }
  const plan = await apiJson<{ id: number }>(request, ubnd, 'POST', '/api/plans', {
    symbol: 'KH-UBND',
    title,
    standingOrganizationId: ids.police,
    legalBases: [{ kind: 'Kế hoạch', number: '578/KH-BCA-A05' }],
    purpose,
    signerName: 'Trương Cảnh Tuyên',
  })
  await apiJson(request, ubnd, 'POST', `/api/plans/${plan.id}/tasks`, { leadOrganizationId: ids.education, text: taskText })
  await apiJson(request, ubnd, 'POST', `/api/plans/${plan.id}/issue`, {
    number: String((Date.now() % 900000) + 100000),
    issueDate: dateIn(0).iso,
  })
  return { planId: plan.id, ids }
}
