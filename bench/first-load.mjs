// First load, measured in a real Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser is downloaded):
// a signed-in coordinator opens /plans in a fresh browser (empty cache, no service worker yet) over a throttled network
// (CDP Network.emulateNetworkConditions), and we count the bytes on the wire (encodedDataLength: compressed bodies and
// headers) until the plans table shows its first row, and the time from navigation to that row.
// Against a running server (`make run`, or any BASE_URL): node bench/first-load.mjs [--base=URL] [--user=ubnd] [--runs=3]
// Needs frontend/node_modules (npm ci). Prints one line per profile and, with --json, the figures as JSON.
import { createRequire } from 'node:module'

const require = createRequire(new URL('../frontend/package.json', import.meta.url))
const { chromium } = require('@playwright/test')

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? fallback
const BASE = arg('base', process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '')
const USER = arg('user', 'ubnd')
const PASSWORD = arg('password', 'demo1234')
const RUNS = Number(arg('runs', 3))
const ONLY = arg('profile', '')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Throughputs in bytes per second, latency in ms (round trip added to each request). Slow 3G is DevTools' preset. */
const PROFILES = [
  { name: '4 Mbit/s', latency: 40, downloadThroughput: (4_000_000 / 8), uploadThroughput: (1_000_000 / 8) },
  { name: 'slow 3G', latency: 2000, downloadThroughput: (400_000 / 8), uploadThroughput: (400_000 / 8) },
].filter((p) => !ONLY || p.name === ONLY)

async function token() {
  const res = await fetch(`${BASE}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: USER, password: PASSWORD }),
  })
  if (!res.ok) throw new Error(`sign-in as ${USER} at ${BASE}: HTTP ${res.status}`)
  return (await res.json()).accessToken
}

async function once(browser, profile) {
  const accessToken = await token()
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  // The SPA keeps its token in sessionStorage (src/lib/auth/token.ts): a signed-in tab, as after the login page.
  await context.addInitScript((t) => sessionStorage.setItem('cantho.accessToken', t), accessToken)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile, connectionType: 'cellular3g' })
  const requests = new Map()
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '' }))
  const done = []
  cdp.on('Network.loadingFinished', (e) => done.push({ ...(requests.get(e.requestId) ?? {}), bytes: e.encodedDataLength }))
  await page.goto(`${BASE}/plans`, { waitUntil: 'commit', timeout: 300_000 })
  // performance.now() counts from the navigation's start; polled each frame.
  const handle = await page.waitForFunction(
    () => (document.querySelector('.ant-table-tbody tr.ant-table-row') ? performance.now() : false),
    null,
    { polling: 'raf', timeout: 300_000 },
  )
  const ms = await handle.jsonValue()
  const finished = [...done]
  await context.close()
  const sum = (f) => finished.filter(f).reduce((a, r) => a + r.bytes, 0)
  return {
    ms,
    bytes: sum(() => true),
    scriptBytes: sum((r) => r.type === 'Script'),
    scripts: finished.filter((r) => r.type === 'Script').length,
    requests: finished.length,
    uncompressedText: finished.filter((r) => ['Script', 'Stylesheet', 'Document', 'Fetch', 'XHR'].includes(r.type) && !r.encoding && r.bytes > 1500).map((r) => r.url),
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
const results = []
try {
  for (const profile of PROFILES) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, profile))
    const r = runs[runs.indexOf(runs.find((x) => x.ms === median(runs.map((y) => y.ms))))]
    results.push({ profile: profile.name, ...r, runsMs: runs.map((x) => Math.round(x.ms)) })
    console.log(`${profile.name.padEnd(9)} time to the plans table ${(r.ms / 1000).toFixed(2)} s (median of ${RUNS}: ${runs.map((x) => (x.ms / 1000).toFixed(2)).join(', ')})`
      + ` | on the wire ${(r.bytes / 1000).toFixed(0)} kB in ${r.requests} requests, of which JavaScript ${(r.scriptBytes / 1000).toFixed(0)} kB in ${r.scripts} files`
      + (r.uncompressedText.length ? ` | sent uncompressed: ${r.uncompressedText.length}` : ''))
  }
} finally {
  await browser.close()
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ base: BASE, results }, null, 2))
