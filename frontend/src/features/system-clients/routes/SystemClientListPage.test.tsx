import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeSystemTime } from '@/test/clock'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import type { SystemClient } from '../systemClient'
import { SCHOOL, SCHOOL_CLIENT } from '../systemClient.fixture'
import { SystemClientListPage } from './SystemClientListPage'

afterEach(() => vi.unstubAllGlobals())

// 5 December 2026, 09:00 in Vietnam.
fakeSystemTime('2026-12-05T02:00:00Z')

const ACTIVE: SystemClient = { ...SCHOOL_CLIENT, lastUsedAt: '2026-12-04T07:05:00Z' }
const ROTATING: SystemClient = {
  id: 2,
  clientId: 'sc-rotating00000002',
  name: 'Cổng điểm danh',
  organization: SCHOOL,
  scopes: ['checkin:write'],
  createdAt: '2026-11-02T01:00:00Z',
  previousSecretValidUntil: '2026-12-06T01:30:00Z',
  version: 1,
}
const REVOKED: SystemClient = {
  id: 3,
  clientId: 'sc-revoked00000003',
  name: 'Ứng dụng cũ',
  organization: SCHOOL,
  scopes: ['indicators:read'],
  createdAt: '2026-10-01T01:00:00Z',
  previousSecretValidUntil: '2026-12-06T01:30:00Z',
  revokedAt: '2026-12-01T03:00:00Z',
  version: 2,
}

const page = (items: SystemClient[]) => jsonResponse(200, { items, page: 1, size: 20, total: items.length })

function render() {
  renderRoutes([{ path: '/', element: <SystemClientListPage /> }])
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })
}

/** Clicks antd's visible option whose title starts with `text`. */
async function choose(label: string, text: string) {
  fireEvent.mouseDown(screen.getByLabelText(label))
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown .ant-select-item-option')].find((o) =>
      (o.getAttribute('title') ?? '').startsWith(text),
    )
    if (!found) throw new Error(`no option ${text} yet`)
    return found
  })
  fireEvent.click(option)
}

const row = (name: string) => screen.getByText(name).closest('tr') as HTMLElement

describe('the system clients page', () => {
  it('lists the clients with their scopes, last use and status; revoked ones have no actions', async () => {
    const requests: string[] = []
    stubFetch((req) => {
      requests.push(req.url)
      return page([ACTIVE, ROTATING, REVOKED])
    })
    render()

    expect(await screen.findByText('Phần mềm quản lý trường')).toBeInTheDocument()
    expect(new URL(requests[0]).searchParams.get('page')).toBe('1')

    const active = row('Phần mềm quản lý trường')
    expect(within(active).getByText('Đang hoạt động')).toBeInTheDocument()
    expect(within(active).getByText('sc-active0000000001')).toBeInTheDocument()
    expect(within(active).getByText('plans:read')).toBeInTheDocument()
    expect(within(active).getByText('attendees:write')).toBeInTheDocument()
    expect(within(active).getByText('Trường THPT Châu Văn Liêm')).toBeInTheDocument()
    expect(within(active).getByText('04/12/2026 14:05')).toBeInTheDocument()
    expect(within(active).getByRole('button', { name: /Thu hồi/ })).toBeInTheDocument()

    const rotating = row('Cổng điểm danh')
    expect(within(rotating).getByText('Đang đổi khóa đến 06/12/2026 08:30')).toBeInTheDocument()
    expect(within(rotating).getByText('Chưa sử dụng')).toBeInTheDocument()

    const revoked = row('Ứng dụng cũ')
    expect(within(revoked).getByText('Đã thu hồi')).toBeInTheDocument()
    expect(within(revoked).queryAllByRole('button')).toEqual([
      // only the copy button of the client id
      expect.objectContaining({ className: expect.stringContaining('copy') }),
    ])
    expect(revoked).toHaveStyle({ opacity: '0.55' })
  })

  it('says when there is none, and shows a refusal', async () => {
    stubFetch(() => page([]))
    const first = renderRoutes([{ path: '/', element: <SystemClientListPage /> }])
    expect(await screen.findByText('Chưa có ứng dụng nào được đăng ký')).toBeInTheDocument()
    first.unmount()

    stubFetch(() => problemResponse(403, { type: '/problems/forbidden', code: 'forbidden', title: 'Không có quyền' }))
    renderRoutes([{ path: '/', element: <SystemClientListPage /> }])
    expect(await screen.findByText('Không có quyền')).toBeInTheDocument()
  })

  it('registers a client: a field error shows under its field, then the secret is shown once and closes only once saved', async () => {
    const posts: Record<string, unknown>[] = []
    const registered: SystemClient = { ...ACTIVE, id: 9, clientId: 'sc-new0000000000009', name: 'Phần mềm điểm danh', lastUsedAt: undefined }
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/organizations') return jsonResponse(200, { items: [SCHOOL], page: 1, size: 30, total: 1 })
      if (url.pathname === '/api/system-clients' && req.method === 'POST') {
        posts.push((await req.json()) as Record<string, unknown>)
        if (posts.length === 1) {
          return problemResponse(400, {
            type: '/problems/validation-failed',
            code: 'validation-failed',
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'name', code: 'Pattern', message: 'tên không được chỉ có khoảng trắng' }],
          })
        }
        return jsonResponse(201, { client: registered, secret: 'scs_TopSecretValue123' })
      }
      return page(posts.length > 1 ? [registered] : [])
    })
    const user = render()
    await screen.findByText('Chưa có ứng dụng nào được đăng ký')

    await user.click(screen.getByRole('button', { name: /Đăng ký ứng dụng/ }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByLabelText('Tên ứng dụng'), 'Phần mềm điểm danh')
    await choose('Đơn vị', 'Trường THPT Châu Văn Liêm')
    await user.click(within(dialog).getByLabelText(/^plans:read/))
    await user.click(within(dialog).getByLabelText(/^checkin:write/))
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }))

    const nameError = await within(dialog).findByText('tên không được chỉ có khoảng trắng')
    expect(within(dialog).getByLabelText('Tên ứng dụng').closest('.ant-form-item')).toContainElement(nameError)
    expect(within(dialog).getByTestId('form-problem')).toHaveTextContent('Dữ liệu không hợp lệ')
    expect(posts[0]).toEqual({ name: 'Phần mềm điểm danh', organizationId: 7, scopes: ['plans:read', 'checkin:write'] })

    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }))
    const secret = await screen.findByTestId('secret-value')
    expect(secret).toHaveTextContent('scs_TopSecretValue123')
    expect(screen.getByTestId('secret-client-id')).toHaveTextContent('sc-new0000000000009')
    expect(screen.getByText(/chỉ hiển thị một lần/)).toBeInTheDocument()
    expect(screen.getByTestId('secret-curl')).toHaveTextContent(
      'curl -X POST http://localhost:3000/api/auth/token -d grant_type=client_credentials -d client_id=sc-new0000000000009 -d client_secret=scs_TopSecretValue123',
    )

    const secretDialog = secret.closest('.ant-modal') as HTMLElement
    const close = within(secretDialog).getByRole('button', { name: 'Đóng' })
    expect(close).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(screen.getByTestId('secret-value')).toBeInTheDocument()
    await user.click(within(secretDialog).getByLabelText('Tôi đã lưu khóa bí mật'))
    expect(close).toBeEnabled()
    await user.click(close)
    await waitFor(() => expect(screen.queryByText('scs_TopSecretValue123')).not.toBeInTheDocument())
    expect(await screen.findByText('Phần mềm điểm danh')).toBeInTheDocument()
  }, 30_000)

  it('rotates a secret after the confirmation and shows the new one', async () => {
    const rotated: string[] = []
    stubFetch((req) => {
      const url = new URL(req.url)
      if (req.method === 'POST' && url.pathname.endsWith('/rotate-secret')) {
        rotated.push(url.pathname)
        return jsonResponse(200, {
          client: { ...ACTIVE, previousSecretValidUntil: '2026-12-06T02:00:00Z', version: 1 },
          secret: 'scs_BrandNewSecret456',
        })
      }
      return page([ACTIVE])
    })
    const user = render()
    await screen.findByText('Phần mềm quản lý trường')

    await user.click(within(row('Phần mềm quản lý trường')).getByRole('button', { name: /Đổi khóa bí mật/ }))
    const confirm = await waitFor(() => {
      const pop = document.querySelector<HTMLElement>('.ant-popconfirm')
      if (!pop) throw new Error('no popconfirm yet')
      return pop
    })
    expect(confirm).toHaveTextContent('Khóa cũ vẫn dùng được thêm 24 giờ')
    await user.click(within(confirm).getByRole('button', { name: 'Đổi khóa bí mật' }))

    expect(await screen.findByText('Khóa bí mật mới')).toBeInTheDocument()
    expect(screen.getByTestId('secret-value')).toHaveTextContent('scs_BrandNewSecret456')
    expect(rotated).toEqual(['/api/system-clients/1/rotate-secret'])
    expect(screen.getByRole('button', { name: 'Đóng' })).toBeDisabled()
  }, 30_000)

  it('changes the scopes, and revokes after a danger confirmation', async () => {
    const calls: { method: string; path: string; body?: unknown }[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (req.method !== 'GET') {
        calls.push({ method: req.method, path: url.pathname, body: req.method === 'PUT' ? await req.json() : undefined })
        if (req.method === 'PUT') return jsonResponse(200, { ...ACTIVE, scopes: ['plans:read'] })
        return jsonResponse(200, { ...ACTIVE, revokedAt: '2026-12-05T02:00:00Z' })
      }
      return page([ACTIVE])
    })
    const user = render()
    await screen.findByText('Phần mềm quản lý trường')

    await user.click(within(row('Phần mềm quản lý trường')).getByRole('button', { name: /Đổi quyền/ }))
    const dialog = (await screen.findByText('Quyền của ứng dụng “Phần mềm quản lý trường”')).closest<HTMLElement>('[role="dialog"]')!
    expect(within(dialog).getByLabelText(/^plans:read/)).toBeChecked()
    expect(within(dialog).getByLabelText(/^checkin:write/)).not.toBeChecked()
    await user.click(within(dialog).getByLabelText(/^attendees:write/))
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(calls).toEqual([{ method: 'PUT', path: '/api/system-clients/1/scopes', body: { scopes: ['plans:read'] } }]))

    await user.click(within(row('Phần mềm quản lý trường')).getByRole('button', { name: /Thu hồi/ }))
    const confirm = await waitFor(() => {
      const pop = document.querySelector<HTMLElement>('.ant-popconfirm')
      if (!pop) throw new Error('no popconfirm yet')
      return pop
    })
    expect(confirm).toHaveTextContent('hết hiệu lực ngay')
    const ok = within(confirm).getByRole('button', { name: 'Thu hồi' })
    expect(ok.className).toContain('dangerous')
    await user.click(ok)
    await waitFor(() => expect(calls.at(-1)).toEqual({ method: 'POST', path: '/api/system-clients/1/revoke', body: undefined }))
  }, 30_000)
})
