/**
 * A school or department system, as an integrator writes it from openapi.yaml (openapi-typescript + openapi-fetch):
 * 1. a token by the OAuth 2.0 client-credentials grant, with nothing but its client id and secret;
 * 2. the plans its organisation is party to, and a quota of its own with room;
 * 3. a webhook subscription for attendee.submitted, with a receiver of its own;
 * 4. two attendees submitted with an Idempotency-Key each, the first replayed (the same attendee comes back);
 * 5. the attendee.submitted webhooks, each verified (Standard Webhooks signature) before it is believed.
 * Environment: BASE_URL, CLIENT_ID, CLIENT_SECRET, WEBHOOK_HOST (how the server reaches this program; default 127.0.0.1).
 * Exit code 0 when every step held.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import createClient from 'openapi-fetch'
import type { components, paths } from './schema.js'

const BASE_URL = need('BASE_URL')
const CLIENT_ID = need('CLIENT_ID')
const CLIENT_SECRET = need('CLIENT_SECRET')
const WEBHOOK_HOST = process.env.WEBHOOK_HOST ?? '127.0.0.1'

function need(name: string): string {
  const v = process.env[name]
  if (!v) throw new Error(`set ${name}`)
  return v
}

function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Error(`FAILED: ${what}`)
  console.log(`ok - ${what}`)
}

type Received = { id: string; timestamp: string; signature: string; body: string }

/** Standard Webhooks: v1,base64(HMAC-SHA256(base64-decoded key after whsec_, "<id>.<timestamp>.<body>")). */
function verified(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = Buffer.from(createHmac('sha256', key).update(`${r.id}.${r.timestamp}.${r.body}`).digest('base64'))
  const fresh = Math.abs(Date.now() / 1000 - Number(r.timestamp)) < 5 * 60
  return fresh && r.signature.split(' ').some((s) => {
    const given = Buffer.from(s.replace(/^v1,/, ''))
    return s.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected)
  })
}

async function main() {
  // 1. the token
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET })
  const tokenRes = await fetch(`${BASE_URL}/api/auth/token`, { method: 'POST', body: form })
  check(tokenRes.ok, `client-credentials token (${tokenRes.status})`)
  const token = (await tokenRes.json()) as components['schemas']['ClientTokenResponse']
  const api = createClient<paths>({ baseUrl: BASE_URL, headers: { Authorization: `Bearer ${token.access_token}` } })

  // 2. the plans it is party to, and a quota of its own with room
  const me = await api.GET('/api/me')
  check(me.data, `who am I: ${me.data?.organization.name}`)
  const plans = await api.GET('/api/plans', { params: { query: { size: 50 } } })
  check(plans.data && plans.data.total > 0, `plans my organisation is party to: ${plans.data?.total}`)
  let quota: components['schemas']['Quota'] | undefined
  for (const plan of plans.data.items) {
    const events = await api.GET('/api/plans/{planId}/events', { params: { path: { planId: plan.id } } })
    for (const event of events.data?.items ?? []) {
      const quotas = await api.GET('/api/events/{eventId}/quotas', { params: { path: { eventId: event.id } } })
      quota ??= quotas.data?.items.find((q) => q.owner.id === me.data.organization.id && q.canSubmit && !q.locked && (q.count == null || q.filled + 2 <= q.count))
    }
  }
  check(quota, `a quota of my own with room: ${quota?.category.name} (${quota?.filled}/${quota?.count ?? '∞'})`)

  // 3. a receiver and the subscription
  const received: Received[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({ id: String(req.headers['webhook-id']), timestamp: String(req.headers['webhook-timestamp']), signature: String(req.headers['webhook-signature']), body })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve))
  const port = (server.address() as AddressInfo).port
  const hook = await api.POST('/api/webhooks', { body: { url: `http://${WEBHOOK_HOST}:${port}/hook`, eventTypes: ['attendee.submitted'] } })
  check(hook.data, `subscribed (${hook.response.status})`)
  const { secret, webhook } = hook.data
  check(secret.startsWith('whsec_'), 'subscribed to attendee.submitted, secret received once')

  // 4. two attendees, each with its Idempotency-Key; the first replayed
  const stamp = randomUUID().slice(0, 8)
  const submit = (key: string, fullName: string) =>
    api.POST('/api/quotas/{quotaId}/attendees', {
      params: { path: { quotaId: quota.id }, header: { 'Idempotency-Key': key } },
      body: { fullName, position: 'Học sinh', school: 'Trường THPT Châu Văn Liêm', grade: '11A2', unit: 'Hệ thống trường' },
    })
  const keys = [`vd-${stamp}-1`, `vd-${stamp}-2`]
  const first = await submit(keys[0], `Nguyễn Hệ Thống ${stamp}`)
  const second = await submit(keys[1], `Trần Hệ Thống ${stamp}`)
  check(first.data && second.data && first.data.id !== second.data.id, `two attendees submitted (${first.data?.id}, ${second.data?.id})`)
  const replay = await submit(keys[0], `Nguyễn Hệ Thống ${stamp}`)
  check(replay.data?.id === first.data.id, `the replay of the first key gets the first attendee back (${replay.data?.id})`)

  // 5. the webhooks, verified
  const ids = new Set([first.data.id, second.data.id])
  const deadline = Date.now() + 60_000
  const mine = () => received.filter((r) => verified(secret, r) && ids.has(JSON.parse(r.body).data.id))
  while (Date.now() < deadline && new Set(mine().map((r) => r.id)).size < 2) await new Promise((r) => setTimeout(r, 500))
  check(received.every((r) => verified(secret, r)), `every delivery signed (${received.length} received)`)
  check(new Set(mine().map((r) => r.id)).size === 2, 'attendee.submitted received for both attendees, each verified')
  const event = JSON.parse(mine()[0].body) as { type: string; data: { link: string } }
  check(event.type === 'attendee.submitted' && event.data.link.startsWith('/api/attendees/'), `thin payload: ${event.data.link}`)
  await api.DELETE('/api/webhooks/{id}', { params: { path: { id: webhook.id } } })
  server.close()
}

main().then(
  () => console.log('the TypeScript client ran every step'),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
