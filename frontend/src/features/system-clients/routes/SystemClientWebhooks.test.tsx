import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeSystemTime } from '@/test/clock'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import type { SystemClient } from '../systemClient'
import { EVENT_TYPES } from '../eventTypes.fixture'
import { SCHOOL_CLIENT } from '../systemClient.fixture'
import type { Webhook, WebhookDelivery } from '../webhook'
import { SystemClientListPage } from './SystemClientListPage'

afterEach(() => vi.unstubAllGlobals())

// 5 December 2026, 09:00 in Vietnam.
fakeSystemTime('2026-12-05T02:00:00Z')

const CLIENT: SystemClient = SCHOOL_CLIENT

const ACTIVE_HOOK: Webhook = {
  id: 11,
  systemClientId: 1,
  url: 'https://he-thong.truong.edu.vn/hooks/safeonline',
  eventTypes: ['attendee.submitted', 'plan.issued'],
  active: true,
  createdAt: '2026-12-01T01:00:00Z',
}
const GONE_HOOK: Webhook = {
  id: 12,
  systemClientId: 1,
  url: 'https://cu.truong.edu.vn/hooks',
  eventTypes: ['task.overdue'],
  active: false,
  disabledReason: 'điểm nhận trả 410 Gone',
  createdAt: '2026-11-20T01:00:00Z',
}

const DELIVERIES: WebhookDelivery[] = [
  {
    id: 101,
    webhookId: 'evt_1201',
    type: 'attendee.submitted',
    link: '/api/quotas/5/attendees/9',
    status: 'DELIVERED',
    attempts: 1,
    lastAttemptAt: '2026-12-04T07:05:00Z',
    lastStatus: 200,
    deliveredAt: '2026-12-04T07:05:00Z',
    createdAt: '2026-12-04T07:04:58Z',
  },
  {
    id: 102,
    webhookId: 'evt_1202',
    type: 'plan.issued',
    link: '/api/plans/3',
    status: 'PENDING',
    attempts: 2,
    lastAttemptAt: '2026-12-05T01:00:00Z',
    lastStatus: 503,
    lastError: 'Service Unavailable',
    nextAttemptAt: '2026-12-05T01:30:00Z',
    createdAt: '2026-12-05T00:59:00Z',
  },
  {
    id: 103,
    webhookId: 'evt_1100',
    type: 'plan.issued',
    link: '/api/plans/2',
    status: 'FAILED',
    attempts: 11,
    lastAttemptAt: '2026-12-03T01:00:00Z',
    lastError: 'connect timed out',
    createdAt: '2026-11-30T01:00:00Z',
  },
]

const clientsPage = jsonResponse(200, { items: [CLIENT], page: 1, size: 20, total: 1 })

function render() {
  renderRoutes([{ path: '/', element: <SystemClientListPage /> }])
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })
}

async function openWebhooks(user: ReturnType<typeof render>) {
  await screen.findByText('Phần mềm quản lý trường')
  const row = screen.getByText('Phần mềm quản lý trường').closest('tr') as HTMLElement
  await user.click(within(row).getByRole('button', { name: /Webhook/ }))
  return (await screen.findByText('Webhook của “Phần mềm quản lý trường”')).closest<HTMLElement>('.ant-drawer')!
}

describe('the webhooks of a system client', () => {
  it('lists the subscriptions with their event types and state', async () => {
    const queries: string[] = []
    stubFetch((req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/webhooks') {
        queries.push(url.search)
        return jsonResponse(200, [ACTIVE_HOOK, GONE_HOOK])
      }
      return clientsPage.clone()
    })
    const user = render()
    const drawer = await openWebhooks(user)

    const active = await within(drawer).findByTestId('webhook-11')
    expect(queries).toEqual(['?systemClientId=1'])
    expect(within(active).getByText('https://he-thong.truong.edu.vn/hooks/safeonline')).toBeInTheDocument()
    expect(within(active).getByText('attendee.submitted')).toBeInTheDocument()
    expect(within(active).getByText('plan.issued')).toBeInTheDocument()
    expect(within(active).getByText('Đang hoạt động')).toBeInTheDocument()
    expect(within(active).getByText('Tạo lúc 01/12/2026 08:00')).toBeInTheDocument()

    const gone = within(drawer).getByTestId('webhook-12')
    expect(within(gone).getByText('Đã tắt: điểm nhận trả 410 Gone')).toBeInTheDocument()
    expect(within(gone).getByText('task.overdue')).toBeInTheDocument()
  }, 30_000)

  it('says when there is none', async () => {
    stubFetch((req) => (new URL(req.url).pathname === '/api/webhooks' ? jsonResponse(200, []) : clientsPage.clone()))
    const user = render()
    const drawer = await openWebhooks(user)
    expect(await within(drawer).findByText('Ứng dụng chưa đăng ký webhook nào')).toBeInTheDocument()
  }, 30_000)

  it('shows a refusal of the list', async () => {
    stubFetch((req) =>
      new URL(req.url).pathname === '/api/webhooks'
        ? problemResponse(403, { type: '/problems/forbidden', code: 'forbidden', title: 'Không có quyền' })
        : clientsPage.clone(),
    )
    const user = render()
    const drawer = await openWebhooks(user)
    expect(await within(drawer).findByText('Không có quyền')).toBeInTheDocument()
  }, 30_000)

  it('adds one: only the types the scopes allow, a refused type shows under the checkboxes, then the secret is shown once', async () => {
    const posts: Record<string, unknown>[] = []
    const created: Webhook = { ...ACTIVE_HOOK, id: 13, url: 'https://moi.truong.edu.vn/hooks', eventTypes: ['quota.deadline_approaching'] }
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/webhooks' && req.method === 'POST') {
        posts.push((await req.json()) as Record<string, unknown>)
        if (posts.length === 1) {
          return problemResponse(422, {
            type: '/problems/validation-failed',
            code: 'validation-failed',
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'eventTypes[0]', code: 'scope', message: 'ứng dụng không có quyền plans:read' }],
          })
        }
        return jsonResponse(201, { webhook: created, secret: 'whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=' })
      }
      if (url.pathname === '/api/webhook-event-types') return jsonResponse(200, EVENT_TYPES)
      if (url.pathname === '/api/webhooks') return jsonResponse(200, posts.length > 1 ? [created] : [])
      return clientsPage.clone()
    })
    const user = render()
    const drawer = await openWebhooks(user)
    await within(drawer).findByText('Ứng dụng chưa đăng ký webhook nào')

    await user.click(within(drawer).getByRole('button', { name: /Thêm webhook/ }))
    const dialog = (await screen.findByText('Thêm webhook cho “Phần mềm quản lý trường”')).closest<HTMLElement>('[role="dialog"]')!
    // plans:read and attendees:write: five types, none of checkin/activities/indicators
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(5)
    expect(within(dialog).queryByLabelText(/^checkin.recorded/)).not.toBeInTheDocument()
    expect(within(dialog).queryByLabelText(/^pledge.approved/)).not.toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^task.overdue — Nhiệm vụ quá hạn/)).toBeInTheDocument()

    await user.type(within(dialog).getByLabelText('Địa chỉ nhận (URL)'), 'https://moi.truong.edu.vn/hooks')
    await user.click(within(dialog).getByLabelText(/^plan.issued/))
    await user.click(within(dialog).getByRole('button', { name: 'Thêm' }))

    const typeError = await within(dialog).findByText('ứng dụng không có quyền plans:read')
    expect(within(dialog).getByLabelText(/^plan.issued/).closest('.ant-form-item')).toContainElement(typeError)
    expect(posts[0]).toEqual({ systemClientId: 1, url: 'https://moi.truong.edu.vn/hooks', eventTypes: ['plan.issued'] })

    await user.click(within(dialog).getByLabelText(/^plan.issued/))
    await user.click(within(dialog).getByLabelText(/^quota.deadline_approaching/))
    await user.click(within(dialog).getByRole('button', { name: 'Thêm' }))

    const secret = await screen.findByTestId('webhook-secret-value')
    expect(secret).toHaveTextContent('whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=')
    expect(posts[1]).toEqual({ systemClientId: 1, url: 'https://moi.truong.edu.vn/hooks', eventTypes: ['quota.deadline_approaching'] })
    expect(screen.getByText(/chỉ hiển thị một lần/)).toBeInTheDocument()
    expect(screen.getByTestId('webhook-secret-verify')).toHaveTextContent(
      'Kiểm tra chữ ký theo Standard Webhooks: v1,base64(HMAC-SHA256(khóa, id.timestamp.body))',
    )

    const secretDialog = secret.closest('.ant-modal') as HTMLElement
    const close = within(secretDialog).getByRole('button', { name: 'Đóng' })
    expect(close).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(screen.getByTestId('webhook-secret-value')).toBeInTheDocument()
    await user.click(within(secretDialog).getByLabelText('Tôi đã lưu khóa ký'))
    await user.click(close)
    await waitFor(() => expect(screen.queryByTestId('webhook-secret-value')).not.toBeInTheDocument())
    expect(await within(drawer).findByTestId('webhook-13')).toHaveTextContent('https://moi.truong.edu.vn/hooks')
  }, 30_000)

  it('shows the delivery log with statuses, redelivers one and reloads the log; deletes after a confirmation', async () => {
    const calls: { method: string; path: string }[] = []
    const logQueries: string[] = []
    stubFetch((req) => {
      const url = new URL(req.url)
      if (req.method !== 'GET') {
        calls.push({ method: req.method, path: url.pathname })
        return new Response(null, { status: 204 })
      }
      if (url.pathname === '/api/webhooks') return jsonResponse(200, [ACTIVE_HOOK])
      if (url.pathname === '/api/webhooks/11/deliveries') {
        logQueries.push(url.search)
        return jsonResponse(200, { items: DELIVERIES, page: 1, size: 10, total: 3 })
      }
      return clientsPage.clone()
    })
    const user = render()
    const drawer = await openWebhooks(user)
    const card = await within(drawer).findByTestId('webhook-11')

    await user.click(within(card).getByRole('button', { name: /Nhật ký gửi/ }))
    const log = await within(card).findByRole('table')
    await within(log).findByText('evt_1201')
    expect(new URLSearchParams(logQueries[0]).get('page')).toBe('1')

    const delivered = within(log).getByText('evt_1201').closest('tr') as HTMLElement
    expect(within(delivered).getByText('Đã gửi')).toBeInTheDocument()
    expect(within(delivered).getByText('Đã gửi').className).toContain('green')
    expect(within(delivered).getAllByText('04/12/2026 14:05').length).toBeGreaterThan(0)

    const pending = within(log).getByText('evt_1202').closest('tr') as HTMLElement
    expect(within(pending).getByText('Đang chờ gửi')).toBeInTheDocument()
    expect(within(pending).getByText('HTTP 503')).toBeInTheDocument()
    expect(within(pending).getByText('Service Unavailable')).toBeInTheDocument()
    expect(within(pending).getByText('05/12/2026 08:30')).toBeInTheDocument()

    const failed = within(log).getByText('evt_1100').closest('tr') as HTMLElement
    expect(within(failed).getByText('Thất bại').className).toContain('red')
    expect(within(failed).getByText('connect timed out')).toBeInTheDocument()
    expect(within(failed).getByText('11')).toBeInTheDocument()

    await user.click(within(failed).getByRole('button', { name: /Gửi lại/ }))
    await waitFor(() => expect(calls).toEqual([{ method: 'POST', path: '/api/webhook-deliveries/103/redeliver' }]))
    await waitFor(() => expect(logQueries.length).toBe(2))

    await user.click(within(card).getByRole('button', { name: /Xóa/ }))
    const confirm = await waitFor(() => {
      const pop = document.querySelector<HTMLElement>('.ant-popconfirm')
      if (!pop) throw new Error('no popconfirm yet')
      return pop
    })
    expect(confirm).toHaveTextContent('Không thể hoàn tác')
    const ok = within(confirm).getByRole('button', { name: 'Xóa' })
    expect(ok.className).toContain('dangerous')
    await user.click(ok)
    await waitFor(() => expect(calls.at(-1)).toEqual({ method: 'DELETE', path: '/api/webhooks/11' }))
  }, 30_000)
})
