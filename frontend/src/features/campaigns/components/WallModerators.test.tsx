import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, stubFetch } from '@/test/http'
import { renderWithProviders } from '@/test/render'
import { WallModerators } from './WallModerators'

afterEach(() => vi.unstubAllGlobals())

const youthUnion = { id: 21, code: 'THANHDOAN-CT', name: 'Thành đoàn Cần Thơ', type: 'UNION' }
const womensUnion = { id: 22, code: 'HLHPN-TP', name: 'Hội Liên hiệp Phụ nữ thành phố Cần Thơ', type: 'UNION' }

describe('the organisations that moderate the wall', () => {
  it('lists them, and a manager takes the wall from one', async () => {
    let orgs = [youthUnion, womensUnion]
    const deletes: string[] = []
    stubFetch(async (req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/campaigns/7/wall-moderators' && req.method === 'GET') return jsonResponse(200, { organizations: orgs })
      if (url.pathname === '/api/campaigns/7/wall-moderators/22' && req.method === 'DELETE') {
        deletes.push(url.pathname)
        orgs = [youthUnion]
        return new Response(null, { status: 204 })
      }
      if (url.pathname === '/api/organizations') return jsonResponse(200, { items: [], page: 1, size: 30, total: 0 })
      return jsonResponse(404, {})
    })
    renderWithProviders(<WallModerators campaignId={7} canManage />)
    expect(await screen.findByText('Thành đoàn Cần Thơ')).toBeInTheDocument()
    expect(screen.getByText('Hội Liên hiệp Phụ nữ thành phố Cần Thơ')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Giao kiểm duyệt/ })).toBeDisabled()

    await userEvent.setup().click(screen.getByRole('button', { name: 'Thôi giao kiểm duyệt cho Hội Liên hiệp Phụ nữ thành phố Cần Thơ' }))
    await waitFor(() => expect(deletes).toEqual(['/api/campaigns/7/wall-moderators/22']))
    await waitFor(() => expect(screen.queryByText('Hội Liên hiệp Phụ nữ thành phố Cần Thơ')).toBeNull())
  }, 20_000)

  it('shows them read-only to a moderator who does not run the campaign', async () => {
    stubFetch(async () => jsonResponse(200, { organizations: [youthUnion] }))
    renderWithProviders(<WallModerators campaignId={7} canManage={false} />)
    expect(await screen.findByText('Thành đoàn Cần Thơ')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Giao kiểm duyệt/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Thôi giao kiểm duyệt/ })).toBeNull()
  }, 20_000)
})
