import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '@/app/RequireAuth'
import type { PlanDraft } from '@/lib/api/types'
import { jsonResponse, problemResponse, stubFetch } from '@/test/http'
import { renderRoutes } from '@/test/render'
import { CULTURE, POLICE, sampleDraft } from '../fixtures'
import { PlanImportPage } from './PlanImportPage'
import { setToken } from '@/lib/auth/token'

afterEach(() => vi.unstubAllGlobals())

const coordinator = {
  id: 3,
  username: 'congan',
  fullName: 'Phan Hoàng Long',
  roles: ['COORDINATOR'],
  organization: POLICE,
}

interface Served {
  uploads: Request[]
  confirms: { key: string | null; body: PlanDraft }[]
}

/** The API as the page meets it: who I am, the organisation search, the importer, the confirm (refused first when asked). */
function serve({
  me = coordinator,
  refuseFirst = false,
  draft = sampleDraft,
}: { me?: typeof coordinator; refuseFirst?: boolean; draft?: () => PlanDraft } = {}): Served {
  const served: Served = { uploads: [], confirms: [] }
  stubFetch(async (req) => {
    const url = new URL(req.url)
    const path = url.pathname
    if (path === '/api/me') return jsonResponse(200, me)
    if (path === '/api/organizations') {
      const q = url.searchParams.get('q') ?? ''
      const items = [POLICE, CULTURE].filter((o) => !q || o.name.toLowerCase().includes(q.toLowerCase()))
      return jsonResponse(200, { items, page: 1, size: 30, total: items.length })
    }
    if (path === '/api/plan-imports' && req.method === 'POST') {
      served.uploads.push(req.clone())
      return jsonResponse(200, draft())
    }
    if (path === '/api/plan-imports/confirm' && req.method === 'POST') {
      served.confirms.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as PlanDraft })
      if (refuseFirst && served.confirms.length === 1) {
        return problemResponse(422, {
          type: '/problems/unprocessable',
          code: 'unprocessable',
          title: 'Không thể xử lý yêu cầu',
          detail: 'Dữ liệu nhiệm vụ chưa hợp lệ',
          errors: [{ field: 'tasks[1].leadOrganizationId', code: 'UnknownOrganization', message: 'Đơn vị chủ trì không tồn tại' }],
        })
      }
      return jsonResponse(201, { planId: 99, taskIds: [1, 2, 3], eventIds: [4], quotaIds: [5, 6, 7], targetIds: [], organizationIds: [] })
    }
    return jsonResponse(404, {})
  })
  setToken('token')
  renderRoutes(
    [
      { path: '/plans/import', element: <RequireAuth><PlanImportPage /></RequireAuth> },
      { path: '/plans/:planId', element: <p>trang kế hoạch</p> },
    ],
    '/plans/import',
  )
  return served
}

/**
 * user-event checks `pointer-events` up the tree through getComputedStyle on every pointer event,
 * which jsdom makes slow with antd's many style sheets; the review page is large.
 */
function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })
}

async function uploadSample(user: ReturnType<typeof setupUser>) {
  await screen.findByRole('heading', { name: 'Soạn kế hoạch từ văn bản' })
  const input = document.querySelector('input[type=file]') as HTMLInputElement
  await user.upload(input, new File(['PK…'], 'ke-hoach-120.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
  return screen.findByTestId('import-editor', {}, { timeout: 5000 })
}

/** Picks the standing agency in its organisation search. */
async function chooseStanding(user: ReturnType<typeof setupUser>) {
  await user.click(screen.getByLabelText('Cơ quan thường trực'))
  // antd's visible options (the role="option" ones are its screen-reader copy).
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown .ant-select-item-option')].find(
      (o) => o.getAttribute('title') === POLICE.name,
    )
    if (!found) throw new Error('no option yet')
    return found
  })
  fireEvent.click(option)
}

describe('drafting a plan from its document', () => {
  it('shows the document beside the draft, offers the suggestions for an unknown agency, and creates the plan', async () => {
    const served = serve()
    const user = setupUser()
    await uploadSample(user)
    expect(served.uploads[0].headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/)

    // The document, with the unknown agency's words in red.
    const doc = screen.getByTestId('import-document')
    expect(doc).toHaveAttribute('aria-label', 'Văn bản gốc')
    const unknownSpan = within(doc).getByText('Sở Thông tin truyền thong')
    expect(unknownSpan.tagName).toBe('MARK')
    expect(unknownSpan).toHaveAttribute('data-tone', 'unknown')
    expect(within(doc).getByText('Sở Giáo dục và Đào tạo')).toHaveAttribute('data-tone', 'high')

    // Nothing can be created yet, and the page says why.
    const confirm = screen.getByTestId('import-confirm')
    expect(confirm).toBeDisabled()
    const reasons = screen.getByTestId('import-blockers')
    expect(reasons).toHaveTextContent('Chưa chọn cơ quan thường trực.')
    expect(reasons).toHaveTextContent('Nhiệm vụ 2 (III.2) chưa có cơ quan chủ trì.')
    expect(reasons).toHaveTextContent('Nhiệm vụ 3 (III.2) chưa có cơ quan chủ trì.')

    // Task 2's agency is unknown: a warning with the suggestions as choices, none chosen.
    const tasks = screen.getAllByTestId('import-task')
    expect(tasks).toHaveLength(3)
    const unknown = within(tasks[1]).getByTestId('unknown-lead')
    expect(unknown).toHaveTextContent('Không nhận ra cơ quan “Sở Thông tin truyền thong” trong danh sách cơ quan, đơn vị.')
    expect(within(tasks[1]).getByLabelText('Chọn Sở Khoa học và Công nghệ làm cơ quan chủ trì của Nhiệm vụ 2 (mục III.2)')).toBeInTheDocument()
    expect(within(tasks[1]).getByLabelText('Cơ quan chủ trì của Nhiệm vụ 2 (mục III.2)')).toBeInTheDocument()
    expect(within(tasks[1]).queryByTitle(CULTURE.name)).toBeNull()

    // One click on a suggestion: task 2 and the other task of its heading get the agency.
    await user.click(within(tasks[1]).getByLabelText(`Chọn ${CULTURE.name} làm cơ quan chủ trì của Nhiệm vụ 2 (mục III.2)`))
    expect(await screen.findByText('Đã chọn cùng cơ quan cho 1 nhiệm vụ khác thuộc mục III.2.')).toBeInTheDocument()
    expect(within(tasks[1]).queryByTestId('unknown-lead')).toBeNull()
    expect(within(tasks[2]).queryByTestId('unknown-lead')).toBeNull()
    expect(within(tasks[1]).getAllByTitle(CULTURE.name).length).toBeGreaterThan(0)
    expect(within(tasks[1]).getByText('Đã chọn')).toBeInTheDocument()

    // Only the standing agency is left.
    await waitFor(() => expect(screen.getByTestId('import-blockers')).not.toHaveTextContent('chủ trì'))
    await chooseStanding(user)
    await waitFor(() => expect(screen.queryByTestId('import-blockers')).toBeNull())
    expect(confirm).toBeEnabled()
    expect(screen.getByTestId('import-summary')).toHaveTextContent('Sẽ tạo dự thảo kế hoạch với 3 nhiệm vụ, 1 sự kiện, 3 chỉ tiêu mời.')

    await user.click(confirm)
    expect(await screen.findByText('trang kế hoạch', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(served.confirms).toHaveLength(1)
    const { key, body } = served.confirms[0]
    expect(key).toMatch(/^plan-import-/)
    expect(body.plan.standingOrganizationId).toBe(POLICE.id)
    expect(body.tasks?.map((t) => t.leadOrganizationId)).toEqual([10, CULTURE.id, CULTURE.id])
    // The quotas of task 2 follow its lead, chosen after the import.
    expect(body.quotas?.map((q) => [q.eventIndex, q.ownerOrganizationId, q.categoryId, q.count])).toEqual([
      [0, 10, 8, 50],
      [0, CULTURE.id, 11, 5],
      [0, CULTURE.id, 12, 30],
    ])
  }, 60_000)

  it('names the invitee categories as people read them, never by their codes', async () => {
    serve()
    await uploadSample(setupUser())
    const quotas = screen.getAllByTestId('import-quota')
    expect(quotas[0]).toHaveTextContent('Học sinh, trẻ em')
    expect(quotas[1]).toHaveTextContent('Doanh nghiệp lớn')
    expect(document.body.textContent).not.toMatch(/STUDENT|ENTERPRISE|INFLUENCER/)
  })

  it('shows a refused confirm at the row it names, and retries with the same Idempotency-Key', async () => {
    const served = serve({ refuseFirst: true })
    const user = setupUser()
    await uploadSample(user)
    const tasks = screen.getAllByTestId('import-task')
    await user.click(within(tasks[1]).getByLabelText(`Chọn ${CULTURE.name} làm cơ quan chủ trì của Nhiệm vụ 2 (mục III.2)`))
    await chooseStanding(user)
    const confirm = screen.getByTestId('import-confirm')
    await waitFor(() => expect(confirm).toBeEnabled())

    await user.click(confirm)
    expect(await screen.findByText('Máy chủ chưa chấp nhận bản nháp; chưa có gì được lưu')).toBeInTheDocument()
    // tasks[1] of the request is the second task card.
    expect(within(tasks[1]).getByText('Đơn vị chủ trì không tồn tại')).toBeInTheDocument()
    expect(within(tasks[0]).queryByText('Đơn vị chủ trì không tồn tại')).toBeNull()

    await user.click(confirm)
    expect(await screen.findByText('trang kế hoạch', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(served.confirms).toHaveLength(2)
    expect(served.confirms[1].key).toBe(served.confirms[0].key)
  }, 60_000)

  it('shows where a value was read, and goes from a highlighted span to the value it fed', async () => {
    serve()
    const user = setupUser()
    await uploadSample(user)
    const doc = screen.getByTestId('import-document')
    expect(doc).toHaveAttribute('aria-label', 'Văn bản gốc')

    await user.click(screen.getByLabelText(/^Xem nguồn của “Trích yếu” trong văn bản/))
    const title = within(doc).getByText('Tổ chức Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng')
    await waitFor(() => expect(title).toHaveAttribute('data-flash', 'true'))
    expect(title).toHaveAttribute('aria-label', expect.stringContaining('Trích yếu: Tổ chức Lễ phát động'))

    await user.click(within(doc).getByText('Sở Thông tin truyền thong'))
    const lead = screen.getByLabelText('Cơ quan chủ trì của Nhiệm vụ 2 (mục III.2)')
    await waitFor(() => expect(lead).toHaveFocus())
  }, 60_000)

  it('explains a PDF without a text layer', async () => {
    stubFetch(async (req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/me') return jsonResponse(200, coordinator)
      if (path === '/api/plan-imports') {
        return problemResponse(422, {
          type: '/problems/unprocessable',
          code: 'unprocessable',
          title: 'Không thể xử lý yêu cầu',
          errors: [{ field: 'file', code: 'NoTextLayer', message: 'Tệp PDF không có lớp chữ và máy chủ chưa cài nhận dạng chữ (OCR)' }],
        })
      }
      return jsonResponse(404, {})
    })
    setToken('token')
    renderRoutes([{ path: '/plans/import', element: <RequireAuth><PlanImportPage /></RequireAuth> }], '/plans/import')
    const user = setupUser()
    await screen.findByRole('heading', { name: 'Soạn kế hoạch từ văn bản' })
    const input = document.querySelector('input[type=file]') as HTMLInputElement
    await user.upload(input, new File(['%PDF-1.7'], 'ban-quet.pdf', { type: 'application/pdf' }))
    const error = await screen.findByTestId('plan-import-error')
    expect(error).toHaveTextContent('Tệp PDF không có lớp chữ và máy chủ chưa cài nhận dạng chữ (OCR)')
    expect(error).toHaveTextContent('Hãy gửi bản PDF có lớp chữ')
  }, 20_000)

  it('refuses a file over 20 MB before sending it', async () => {
    const served = serve()
    const user = setupUser()
    await screen.findByRole('heading', { name: 'Soạn kế hoạch từ văn bản' })
    const big = new File(['x'], 'ke-hoach.pdf', { type: 'application/pdf' })
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 })
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, big)
    expect(await screen.findByTestId('plan-import-error')).toHaveTextContent('Tệp ke-hoach.pdf lớn hơn 20 MB.')
    expect(served.uploads).toHaveLength(0)
  }, 20_000)

  it('is only for coordinators and administrators', async () => {
    serve({ me: { ...coordinator, roles: ['OFFICER'] } })
    expect(await screen.findByText('Bạn không có quyền soạn kế hoạch')).toBeInTheDocument()
    expect(document.querySelector('input[type=file]')).toBeNull()
  }, 20_000)

  it('shows the agencies to create with a parent to choose, the standing agency read from the text, and the target drafts; sends them back', async () => {
    const withProposals = (): PlanDraft => {
      const d = sampleDraft()
      d.plan.standingOrganizationId = POLICE.id
      d.fields.push({
        path: 'plan.standingOrganizationId',
        label: 'Cơ quan thường trực',
        value: POLICE.name,
        text: 'Công an thành phố',
        source: { line: 10, start: 0, endLine: 10, end: 5 },
        confidence: 0.9,
        status: 'FOUND',
      })
      d.newOrganizations = [{ name: 'Sở Thông tin truyền thong', type: 'DEPARTMENT', create: true, text: 'Sở Thông tin truyền thong' }]
      d.tasks[1] = { ...d.tasks[1], leadOrganizationId: undefined, leadNewOrganization: 0 }
      d.tasks[2] = { ...d.tasks[2], leadOrganizationId: undefined, leadNewOrganization: 0 }
      d.campaign = { name: 'Không một mình', slogans: [], hashtags: ['#KhongMotMinh'], startsOn: '2026-06-01', endsOn: '2026-08-31' }
      d.targets = [{ taskIndex: 0, name: '100% các trường tham gia', kind: 'UNITS_WITH_ACTIVITY', activityType: 'ANNOUNCEMENT_POST', goalPercent: 100 }]
      return d
    }
    const served = serve({ draft: withProposals })
    const user = setupUser()
    await uploadSample(user)

    const proposals = screen.getByTestId('import-new-orgs')
    expect(within(proposals).getByDisplayValue('Sở Thông tin truyền thong')).toBeInTheDocument()
    expect(screen.getByTestId('import-roles')).toBeInTheDocument()
    expect(within(screen.getByTestId('import-targets')).getByDisplayValue('100% các trường tham gia')).toBeInTheDocument()
    // The proposal has no parent yet: the confirm waits for one.
    expect(screen.getByTestId('import-blockers')).toHaveTextContent('Đơn vị mới “Sở Thông tin truyền thong” cần đơn vị cấp trên')

    await user.click(within(proposals).getByLabelText('Đơn vị cấp trên'))
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown .ant-select-item-option')].find(
        (o) => o.getAttribute('title') === POLICE.name,
      )
      if (!found) throw new Error('no option yet')
      return found
    })
    fireEvent.click(option)
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled())
    await user.click(screen.getByTestId('import-confirm'))
    await waitFor(() => expect(served.confirms).toHaveLength(1))
    const body = served.confirms[0].body
    expect(body.newOrganizations).toEqual([
      { name: 'Sở Thông tin truyền thong', type: 'DEPARTMENT', create: true, text: 'Sở Thông tin truyền thong', parentOrganizationId: POLICE.id },
    ])
    expect(body.tasks.map((t) => [t.leadOrganizationId, t.leadNewOrganization])).toEqual([
      [10, undefined],
      [undefined, 0],
      [undefined, 0],
    ])
    expect(body.targets).toEqual([
      { taskIndex: 0, name: '100% các trường tham gia', kind: 'UNITS_WITH_ACTIVITY', activityType: 'ANNOUNCEMENT_POST', goalPercent: 100 },
    ])
    expect(body.lines).toEqual(sampleDraft().lines)
  }, 60_000)
})
