import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getToken } from '@/lib/auth/token'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { LoginPage } from './LoginPage'

afterEach(() => vi.unstubAllGlobals())

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/', element: <p>trang chủ</p> },
]

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup()
  await user.type(screen.getByLabelText('Tên đăng nhập'), username)
  await user.type(screen.getByLabelText('Mật khẩu'), password)
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }))
}

describe('LoginPage', () => {
  it("shows the server's problem title when the password is wrong", async () => {
    const fetch = stubFetch(() =>
      problemResponse(401, {
        type: '/problems/invalid-credentials',
        code: 'invalid-credentials',
        title: 'Tên đăng nhập hoặc mật khẩu không đúng',
      }),
    )
    renderRoutes(routes, '/login')
    await fillAndSubmit('sogddt', 'sai-mat-khau')

    expect(await screen.findByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng')
    const login = fetch.mock.calls.map((c) => c[0] as Request).find((r) => r.url.endsWith('/api/auth/token'))
    const body = await login!.json()
    expect(body).toEqual({ username: 'sogddt', password: 'sai-mat-khau' })
    expect(getToken()).toBeNull()
  })

  it('asks for both fields before calling the server', async () => {
    const fetch = stubFetch(() => jsonResponse(500, {}))
    renderRoutes(routes, '/login')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Đăng nhập' }))
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeInTheDocument()
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeInTheDocument()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('keeps the token and goes home after a successful sign-in', async () => {
    stubFetch((req) => {
      if (req.url.endsWith('/api/auth/token')) {
        return jsonResponse(200, { accessToken: 'jwt-token', tokenType: 'Bearer', expiresIn: 3600 })
      }
      if (req.url.endsWith('/api/me')) {
        expect(req.headers.get('Authorization')).toBe('Bearer jwt-token')
        return jsonResponse(200, {
          id: 3,
          username: 'sogddt',
          fullName: 'Nguyễn Văn A',
          roles: ['OFFICER'],
          organization: { id: 5, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo', type: 'DEPARTMENT' },
        })
      }
      return jsonResponse(404, {})
    })
    renderRoutes(routes, '/login')
    await fillAndSubmit('sogddt', 'demo1234')
    expect(await screen.findByText('trang chủ')).toBeInTheDocument()
    await waitFor(() => expect(getToken()).toBe('jwt-token'))
  })
})
