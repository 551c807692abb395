import { describe, expect, it } from 'vitest'
import en from '@/i18n/en.json'
import vi from '@/i18n/vi.json'
import {
  attemptKey,
  blockers,
  dropItem,
  editorPathOf,
  followLead,
  fromDraft,
  hashtag,
  knownOrgs,
  mainVenueKey,
  patchItem,
  placeErrors,
  quotaOwner,
  removeEvent,
  removeTask,
  setLead,
  setQuotaOwner,
  shownPaths,
  toConfirmInput,
  unknownLead,
  type BlockerCode,
  type ImportState,
} from './draft'
import { CULTURE, EDUCATION, FINANCE, POLICE, SCIENCE, sampleDraft } from './fixtures'
import { PATH_LABEL_KEYS, pathLabel } from './labels'
import { problemHint } from './source'

/** The sample draft with what the coordinator must add: the standing agency and the unknown lead. */
function ready(): ImportState {
  const s = fromDraft(sampleDraft())
  const withLead = setLead(s, 1, CULTURE.id).state
  return { ...withLead, plan: { ...withLead.plan, standingOrganizationId: POLICE.id } }
}

describe('fromDraft', () => {
  it('keys every row by its index in the draft and lets quotas follow their task’s lead', () => {
    const s = fromDraft(sampleDraft())
    expect(s.tasks.map((t) => t.key)).toEqual([0, 1, 2])
    expect(s.plan.legalBases[0]).toMatchObject({ key: 0, number: '468/QĐ-TTg' })
    expect(s.events[0].venues[0]).toMatchObject({ key: 0, name: 'Hội trường Công an thành phố' })
    expect(s.quotas.map((q) => [q.key, q.taskKey, q.eventKey, q.ownerFollowsLead])).toEqual([
      [0, 0, 0, true],
      [1, 1, 0, true],
      [2, 1, 0, true],
    ])
    expect(s.campaign).toBeUndefined()
  })

  it('keeps an owner that differs from the lead as the coordinator’s choice', () => {
    const draft = sampleDraft()
    draft.quotas[0].ownerOrganizationId = POLICE.id
    expect(fromDraft(draft).quotas[0]).toMatchObject({ ownerFollowsLead: false, ownerOrganizationId: POLICE.id })
  })
})

describe('edits', () => {
  it('fills a lead and the tasks of the same heading still without one, and takes it out of the cooperators', () => {
    const s = fromDraft(sampleDraft())
    s.tasks[2].cooperatingOrganizationIds = [CULTURE.id, FINANCE.id]
    const { state, alsoFilled } = setLead(s, 1, CULTURE.id)
    expect(alsoFilled).toEqual([2])
    expect(state.tasks.map((t) => t.leadOrganizationId)).toEqual([EDUCATION.id, CULTURE.id, CULTURE.id])
    expect(state.tasks[2].cooperatingOrganizationIds).toEqual([FINANCE.id])
    // A task of another heading, or one that already has a lead, is left alone.
    const again = setLead(state, 2, SCIENCE.id)
    expect(again.alsoFilled).toEqual([])
    expect(again.state.tasks.map((t) => t.leadOrganizationId)).toEqual([EDUCATION.id, CULTURE.id, SCIENCE.id])
  })

  it('drops a task with its quotas, and an event with the quotas of invitations to it', () => {
    const s = fromDraft(sampleDraft())
    expect(removeTask(s, 1).quotas.map((q) => q.key)).toEqual([0])
    const noEvent = removeEvent(s, 0)
    expect(noEvent.events).toEqual([])
    expect(noEvent.quotas).toEqual([])
  })

  it('lets a quota leave its lead for another owner and come back', () => {
    const s = ready()
    const moved = setQuotaOwner(s, 1, POLICE.id)
    expect(quotaOwner(moved, moved.quotas[1])).toBe(POLICE.id)
    // The lead changes; the quota keeps its own owner.
    const relead = setLead(moved, 1, SCIENCE.id).state
    expect(quotaOwner(relead, relead.quotas[1])).toBe(POLICE.id)
    expect(quotaOwner(relead, relead.quotas[2])).toBe(SCIENCE.id)
    const back = followLead(relead, 1)
    expect(quotaOwner(back, back.quotas[1])).toBe(SCIENCE.id)
  })

  it('patches and drops rows by key', () => {
    const rows = [{ key: 3, v: 'a' }, { key: 5, v: 'b' }]
    expect(patchItem(rows, 5, { v: 'c' })).toEqual([{ key: 3, v: 'a' }, { key: 5, v: 'c' }])
    expect(dropItem(rows, 3)).toEqual([{ key: 5, v: 'b' }])
  })
})

describe('toConfirmInput', () => {
  it('builds the confirm request from the edited draft', () => {
    const { input, rows } = toConfirmInput(ready())
    expect(input.plan).toMatchObject({
      number: '120',
      symbol: 'KH-UBND',
      issueDate: '2026-05-17',
      standingOrganizationId: POLICE.id,
      legalBases: [{ kind: 'Quyết định', number: '468/QĐ-TTg', date: '2026-03-23', issuer: 'Thủ tướng Chính phủ' }],
      recipients: [{ organizationId: FINANCE.id, label: 'Sở Tài chính' }],
    })
    expect(input.plan.signerName).toBeUndefined()
    expect(input.tasks?.map((t) => [t.label, t.leadOrganizationId, t.dueDate])).toEqual([
      ['III.1', EDUCATION.id, '2026-05-28'],
      ['III.2', CULTURE.id, '2026-05-28'],
      ['III.2', CULTURE.id, undefined],
    ])
    expect(input.tasks?.[0].target).toEqual({ kind: 'PERCENT', value: 100, unit: 'các trường', scope: undefined })
    expect(input.events?.[0]).toMatchObject({
      format: 'LIVE_RELAY',
      startsAt: '2026-05-29T08:00:00+07:00',
      venues: [{ name: 'Hội trường Công an thành phố', main: true }],
    })
    // The owner is the task's lead, chosen after the import; the quota keeps the draft's own shape.
    expect(input.quotas.map((q) => [q.eventIndex, q.taskIndex, q.ownerOrganizationId, q.categoryId, q.count, q.deadline])).toEqual([
      [0, 0, EDUCATION.id, 8, 50, '2026-05-28T23:59:59+07:00'],
      [0, 1, CULTURE.id, 11, 5, '2026-05-28T23:59:59+07:00'],
      [0, 1, CULTURE.id, 12, 30, '2026-05-28T23:59:59+07:00'],
    ])
    expect(input).not.toHaveProperty('campaign')
    // What the draft carries besides goes back as received: one schema for the draft and the confirm.
    expect(input.lines).toEqual(sampleDraft().lines)
    expect(input.sourceKind).toBe(sampleDraft().sourceKind)
    expect(rows).toMatchObject({ tasks: [0, 1, 2], events: [0], quotas: [0, 1, 2], legalBases: [0], recipients: [0], venues: { 0: [0] } })
  })

  it('trims texts, sends blank ones as absent, and "as many as needed" as no count', () => {
    const s = ready()
    s.plan = { ...s.plan, title: '  Kế hoạch  ', place: '   ', contactPhone: ' 0939.949.749 ' }
    s.quotas = patchItem(s.quotas, 2, { count: undefined })
    const { input } = toConfirmInput(s)
    expect(input.plan.title).toBe('Kế hoạch')
    expect(input.plan.place).toBeUndefined()
    expect(input.plan.contactPhone).toBe('0939.949.749')
    expect(input.quotas?.[2]).not.toHaveProperty('count', expect.anything())
  })

  it('renumbers rows after drops: quotas name their event by its new index', () => {
    const draft = sampleDraft()
    draft.events.unshift({ title: 'Họp báo', startsAt: '2026-05-20T08:00:00+07:00', endsAt: '2026-05-20T09:00:00+07:00', venues: [] })
    draft.quotas.forEach((q) => (q.eventIndex = 1))
    let s = fromDraft(draft)
    s = setLead(s, 1, CULTURE.id).state
    s = removeEvent(s, 0)
    s = removeTask(s, 0)
    s = { ...s, plan: { ...s.plan, legalBases: dropItem(s.plan.legalBases, 0) } }
    const { input, rows } = toConfirmInput(s)
    expect(input.events?.map((e) => e.title)).toEqual(['Lễ phát động Chương trình bảo vệ trẻ em trên môi trường mạng'])
    expect(input.quotas?.map((q) => q.eventIndex)).toEqual([0, 0])
    expect(rows).toMatchObject({ tasks: [1, 2], events: [1], quotas: [1, 2], legalBases: [] })
    expect(input.events?.[0].format).toBe('LIVE_RELAY')
  })

  it('marks exactly one main venue', () => {
    const venues = (mains: boolean[]) => mains.map((main, key) => ({ key, name: `V${key}`, main }))
    expect(mainVenueKey({ venues: venues([false, true, false]) })).toBe(1)
    expect(mainVenueKey({ venues: venues([true, true]) })).toBe(0)
    expect(mainVenueKey({ venues: venues([false, false]) })).toBe(0)
    expect(mainVenueKey({ venues: [] })).toBeUndefined()
  })

  it('sends a kept campaign with well-formed hashtags', () => {
    const s = ready()
    s.campaign = {
      include: true,
      name: 'Không một mình',
      slogans: [' An toàn số ', ''],
      hashtags: ['#KhongMotMinh', 'an toàn số'],
      startsOn: '2026-06-01',
      endsOn: '2026-08-31',
    }
    expect(toConfirmInput(s).input.campaign).toEqual({
      name: 'Không một mình',
      slogans: ['An toàn số'],
      hashtags: ['#KhongMotMinh', '#antoànsố'],
      startsOn: '2026-06-01',
      endsOn: '2026-08-31',
      organisers: undefined,
      directAudience: undefined,
      indirectAudience: undefined,
      activities: undefined,
    })
    expect(toConfirmInput({ ...s, campaign: { ...s.campaign, include: false } }).input).not.toHaveProperty('campaign')
    expect(hashtag('##')).toBe('')
  })
})

describe('blockers', () => {
  it('holds the confirm until the standing agency and every lead are chosen', () => {
    const s = fromDraft(sampleDraft())
    expect(blockers(s).map((b) => [b.code, b.path, b.n])).toEqual([
      ['standingOrganization', 'plan.standingOrganizationId', undefined],
      ['taskLead', 'tasks[1].leadOrganizationId', 2],
      ['taskLead', 'tasks[2].leadOrganizationId', 3],
    ])
    expect(blockers(ready())).toEqual([])
  })

  it('names each missing piece at its row', () => {
    const s = ready()
    s.plan = { ...s.plan, symbol: ' ', recipients: patchItem(s.plan.recipients, 0, { label: '' }) }
    s.events = patchItem(s.events, 0, { endsAt: '2026-05-29T07:00:00+07:00', format: undefined })
    s.quotas = patchItem(s.quotas, 1, { categoryId: undefined, deadline: undefined })
    s.quotas = patchItem(s.quotas, 2, { ownerFollowsLead: false, ownerOrganizationId: undefined })
    s.campaign = { include: true, slogans: [], hashtags: [], name: 'X' }
    expect(blockers(s).map((b) => [b.code, b.path])).toEqual([
      ['symbol', 'plan.symbol'],
      ['recipient', 'plan.recipients[0]'],
      ['eventOrder', 'events[0].endsAt'],
      ['eventFormat', 'events[0].format'],
      ['quotaCategory', 'quotas[1].categoryId'],
      ['quotaDeadline', 'quotas[1].deadline'],
      ['quotaOwner', 'quotas[2].ownerOrganizationId'],
      ['campaign', 'campaign.name'],
    ])
    // Left out, the campaign no longer blocks.
    expect(blockers({ ...s, campaign: { ...s.campaign, include: false } }).map((b) => b.code)).not.toContain('campaign')
  })

  it('reports a quota with no event to go to', () => {
    const draft = sampleDraft()
    draft.events = []
    const s = setLead({ ...fromDraft(draft), plan: { ...fromDraft(draft).plan, standingOrganizationId: 16 } }, 1, CULTURE.id).state
    expect(blockers(s).map((b) => [b.code, b.path])).toEqual([
      ['quotaEvent', 'quotas[0]'],
      ['quotaEvent', 'quotas[1]'],
      ['quotaEvent', 'quotas[2]'],
    ])
    expect(toConfirmInput(s).input.quotas).toEqual([])
  })
})

describe('server errors', () => {
  // The coordinator dropped task 0 and the first legal basis: the request's indices no longer are the keys.
  function sent() {
    const s = removeTask(ready(), 0)
    return { state: s, ...toConfirmInput(s) }
  }

  it('maps the confirm’s paths back to the rows they came from', () => {
    const { rows } = sent()
    expect(editorPathOf('tasks[0].leadOrganizationId', rows)).toBe('tasks[1].leadOrganizationId')
    expect(editorPathOf('tasks[1].cooperatingOrganizationIds[0]', rows)).toBe('tasks[2].cooperatingOrganizationIds[0]')
    expect(editorPathOf('quotas[1].categoryId', rows)).toBe('quotas[2].categoryId')
    expect(editorPathOf('quotas[0].eventIndex', rows)).toBe('quotas[1].eventIndex')
    expect(editorPathOf('events[0].venues[0].name', rows)).toBe('events[0].venues[0].name')
    expect(editorPathOf('plan.symbol', rows)).toBe('plan.symbol')
    expect(editorPathOf('plan.legalBases[0].number', rows)).toBe('plan.legalBases[0].number')
    expect(editorPathOf('campaign.endsOn', rows)).toBe('campaign.endsOn')
  })

  it('puts the plan’s business-rule errors, named without "plan.", under the plan', () => {
    const { rows } = sent()
    expect(editorPathOf('standingOrganizationId', rows)).toBe('plan.standingOrganizationId')
    expect(editorPathOf('recipients[0].organizationId', rows)).toBe('plan.recipients[0].organizationId')
  })

  it('leaves out paths that name no row sent', () => {
    const { rows } = sent()
    expect(editorPathOf('tasks[5].text', rows)).toBeNull()
    expect(editorPathOf('Idempotency-Key', rows)).toBeNull()
    expect(editorPathOf('', rows)).toBeNull()
  })

  it('shows each error at its field, else its row, else in the summary', () => {
    const { state, rows } = sent()
    const errors = [
      { field: 'tasks[0].leadOrganizationId', code: 'UnknownOrganization', message: 'Đơn vị chủ trì không tồn tại' },
      { field: 'tasks[1].cooperatingOrganizationIds[0]', code: 'SameAsLead', message: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp' },
      { field: 'tasks[1].target.value', code: 'Max', message: 'Chỉ tiêu phần trăm không vượt quá 100' },
      { field: 'quotas[0].receivingOrganizationId', code: 'UnknownOrganization', message: 'Đơn vị nhận không tồn tại' },
      { field: 'plan.symbol', code: 'Pattern', message: 'Ký hiệu không hợp lệ' },
      { field: 'Idempotency-Key', code: 'Reused', message: 'Dùng một khóa mới cho yêu cầu mới' },
    ]
    const { at, unmatched } = placeErrors(errors, rows, shownPaths(state))
    expect(Object.fromEntries(at)).toEqual({
      'tasks[1].leadOrganizationId': ['Đơn vị chủ trì không tồn tại'],
      'tasks[2].cooperatingOrganizationIds': ['Đơn vị chủ trì không đồng thời là đơn vị phối hợp'],
      'tasks[2].target': ['Chỉ tiêu phần trăm không vượt quá 100'],
      'quotas[1]': ['Đơn vị nhận không tồn tại'],
      'plan.symbol': ['Ký hiệu không hợp lệ'],
    })
    expect(unmatched.map((e) => e.field)).toEqual(['Idempotency-Key'])
  })
})

describe('organisations named by id only', () => {
  it('recovers their names from what the importer read, and takes the suggestions whole', () => {
    const orgs = knownOrgs(sampleDraft())
    expect(orgs).toEqual(
      expect.arrayContaining([
        { id: EDUCATION.id, name: EDUCATION.name },
        { id: FINANCE.id, name: FINANCE.name },
        SCIENCE,
        CULTURE,
      ]),
    )
    expect(orgs).toHaveLength(4)
  })

  it('pairs cooperators with their names in order', () => {
    const draft = sampleDraft()
    draft.tasks[0].cooperatingOrganizationIds = [16, 12]
    draft.fields.push(
      { path: 'tasks[0].cooperatingOrganizationIds', label: 'Cơ quan phối hợp', value: POLICE.name, confidence: 0.8, status: 'FOUND' },
      { path: 'tasks[0].cooperatingOrganizationIds', label: 'Cơ quan phối hợp', value: 'Sở Tài chính', confidence: 0.8, status: 'FOUND' },
    )
    expect(knownOrgs(draft)).toEqual(expect.arrayContaining([{ id: 16, name: POLICE.name }]))
  })

  it('tells what the importer could not match, for the task or for the heading it was split from', () => {
    const draft = sampleDraft()
    expect(unknownLead(draft, 0)).toBeNull()
    expect(unknownLead(draft, 1)).toEqual({ text: 'Sở Thông tin truyền thong', suggestions: [SCIENCE, CULTURE] })
    expect(unknownLead(draft, 2)).toEqual({ text: 'Sở Thông tin truyền thong', suggestions: [SCIENCE, CULTURE] })
    draft.tasks[2].label = 'III.3'
    expect(unknownLead(draft, 2)).toEqual({ text: undefined, suggestions: [] })
  })
})

describe('idempotency', () => {
  it('keeps the key for a retry of the same request and makes a new one for another', () => {
    let n = 0
    const fresh = () => `k${++n}`
    const first = attemptKey(null, '{"a":1}', fresh)
    expect(first.key).toBe('k1')
    expect(attemptKey(first, '{"a":1}', fresh)).toBe(first)
    expect(attemptKey(first, '{"a":2}', fresh).key).toBe('k2')
  })
})

describe('texts', () => {
  type Tree = { [key: string]: string | Tree }
  const has = (tree: Tree, key: string) => {
    let node: string | Tree | undefined = tree
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
    if (typeof node === 'string') return true
    const parent = key.split('.').slice(0, -1).reduce<Tree | string | undefined>((n, p) => (typeof n === 'object' ? n[p] : undefined), tree)
    return typeof parent === 'object' && typeof parent[`${key.split('.').pop()}_other`] === 'string'
  }
  const codes: BlockerCode[] = [
    'standingOrganization', 'symbol', 'title', 'legalBasis', 'recipient', 'contentSection', 'taskLead', 'taskText', 'eventTitle',
    'eventTime', 'eventOrder', 'eventFormat', 'venueName', 'quotaEvent', 'quotaOwner', 'quotaCategory', 'quotaDeadline', 'campaign',
  ]
  const built = [
    ...PATH_LABEL_KEYS,
    ...codes.map((c) => `planImport.blocker.${c}`),
    ...['high', 'medium', 'low', 'unknown', 'missing', 'chosen'].map((k) => `planImport.tone.${k}`),
    ...['high', 'medium', 'low', 'unknown'].map((k) => `planImport.legend.${k}`),
    ...['tooLarge', 'unsupported', 'Empty', 'NoTextLayer', 'NotAPlan'].map((k) => `planImport.hint.${k}`),
    ...['type', 'size', 'empty'].map((k) => `planImport.fileProblem.${k}`),
    ...['TEXT', 'DOCX', 'PDF', 'OCR'].map((k) => `planImport.sourceKind.${k}`),
  ]

  it('has every key the review builds from a value, in both languages', () => {
    for (const tree of [vi, en] as unknown as Tree[]) expect(built.filter((k) => !has(tree, k))).toEqual([])
  })

  it('names the importer’s paths in the interface’s words', () => {
    const tasks = sampleDraft().tasks
    expect(pathLabel('plan.title')).toEqual({ key: 'plan.title' })
    expect(pathLabel('tasks[1].leadOrganizationId', tasks)).toEqual({ key: 'planImport.label.taskLead', params: { task: 'III.2' } })
    expect(pathLabel('plan.legalBases[0].number')).toEqual({ key: 'planImport.label.legalBasisNumber', params: { n: 1 } })
    expect(pathLabel('quotas[].deadline')).toEqual({ key: 'quota.deadlineLabel' })
    expect(pathLabel('events[0].venues[0].name')).toEqual({ key: 'planImport.label.venue' })
    expect(pathLabel('campaign.period')).toEqual({ key: 'campaign.period' })
    expect(pathLabel('something.else')).toBeNull()
  })

  it('gives advice by the refusal', async () => {
    const { ApiError } = await import('@/lib/api/problem')
    const refusal = (status: number, code?: string) =>
      new ApiError(status, { type: 'about:blank', code: 'x', title: '', status, errors: code ? [{ field: 'file', code, message: '' }] : undefined })
    expect(problemHint(refusal(413))).toBe('tooLarge')
    expect(problemHint(refusal(415))).toBe('unsupported')
    expect(problemHint(refusal(422, 'NoTextLayer'))).toBe('NoTextLayer')
    expect(problemHint(refusal(422, 'NotAPlan'))).toBe('NotAPlan')
    expect(problemHint(refusal(400, 'Required'))).toBeNull()
    expect(problemHint(new Error('x'))).toBeNull()
  })
})

describe('organisations proposed for creation', () => {
  function withProposal() {
    const draft = sampleDraft()
    draft.newOrganizations = [{ name: 'Sở Thông tin truyền thong', type: 'DEPARTMENT', parentOrganizationId: 1, create: true }]
    draft.tasks[1] = { ...draft.tasks[1], leadOrganizationId: undefined, leadNewOrganization: 0 }
    draft.tasks[2] = { ...draft.tasks[2], leadOrganizationId: undefined, leadNewOrganization: 0 }
    return { ...fromDraft(draft), plan: { ...fromDraft(draft).plan, standingOrganizationId: POLICE.id } }
  }

  it('lets a task led by a kept proposal be confirmed, and sends its quotas owned by the proposal', () => {
    const s = withProposal()
    expect(blockers(s).filter((b) => b.code === 'taskLead')).toEqual([])
    const { input } = toConfirmInput(s)
    expect(input.newOrganizations).toEqual([{ name: 'Sở Thông tin truyền thong', type: 'DEPARTMENT', parentOrganizationId: 1, create: true }])
    expect(input.tasks[1]).toMatchObject({ leadNewOrganization: 0 })
    expect(input.quotas.filter((q) => q.taskIndex === 1).every((q) => q.ownerNewOrganization === 0 && q.ownerOrganizationId === undefined)).toBe(true)
  })

  it('holds the confirm while a kept proposal has no parent, or a task names a proposal left out', () => {
    const s = withProposal()
    const noParent = { ...s, newOrganizations: patchItem(s.newOrganizations, 0, { parentOrganizationId: undefined }) }
    expect(blockers(noParent).map((b) => b.code)).toContain('newOrganizationParent')
    const leftOut = { ...s, newOrganizations: patchItem(s.newOrganizations, 0, { create: false }) }
    expect(blockers(leftOut).filter((b) => b.code === 'taskLead').map((b) => b.n)).toEqual([2, 3])
  })

  it('places a refusal of a proposal on its row', () => {
    const s = withProposal()
    const { rows } = toConfirmInput(s)
    expect(editorPathOf('newOrganizations[0].parentOrganizationId', rows)).toBe('newOrganizations[0].parentOrganizationId')
  })
})
