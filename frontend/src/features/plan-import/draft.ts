import type {
  ContentSection,
  DraftCampaign,
  DraftEvent,
  DraftOrganization,
  DraftPlan,
  DraftQuota,
  DraftTarget,
  DraftTask,
  FieldError,
  LegalBasis,
  OrgRef,
  PlanDraft,
  RecipientInput,
  VenueInput,
} from '@/lib/api/types'
import { fieldPath } from '@/lib/api/problem'

/**
 * The draft as the coordinator edits it. Every row keeps its `key`: its index in the draft the
 * server sent, so the importer's field paths (`tasks[2].leadOrganizationId`) keep pointing at
 * the right row after others are dropped. Dates stay in the API's text form.
 */
export interface Keyed {
  key: number
}

export type EditLegalBasis = LegalBasis & Keyed
export type EditRecipient = RecipientInput & Keyed
export type EditSection = ContentSection & Keyed
export type EditVenue = VenueInput & Keyed

export type EditPlan = Omit<DraftPlan, 'legalBases' | 'recipients' | 'contentSections'> & {
  legalBases: EditLegalBasis[]
  recipients: EditRecipient[]
  contentSections: EditSection[]
}

export type EditTask = DraftTask & Keyed

export type EditEvent = Omit<DraftEvent, 'venues'> & Keyed & { venues: EditVenue[] }

export interface EditQuota extends Keyed {
  taskKey: number
  eventKey: number
  /** The owner chosen for this quota; only read when it does not follow the task's lead. */
  ownerOrganizationId?: number
  /** The quota belongs to whoever leads its task, until the coordinator picks another owner. */
  ownerFollowsLead: boolean
  /** The owner when it is an organisation proposed for creation (an index into newOrganizations). */
  ownerNewOrganization?: number
  categoryId?: number
  categoryCode?: string
  /** The category's name as people read it (the code stays for the API). */
  categoryName?: string
  /** None: as many as needed. */
  count?: number
  deadline?: string
  phrase: string
}

export type EditCampaign = DraftCampaign & { include: boolean }

/** An agency the importer could not match, proposed for creation: kept (created on confirm) or not. */
export type EditNewOrg = DraftOrganization & Keyed

/** A target read from a "100 % …" phrase, measuring a task (by its key). */
export type EditTarget = Omit<DraftTarget, 'taskIndex'> & Keyed & { taskKey?: number; include: boolean }

/** What the draft carries besides what is edited: sent back as received (confirm takes the draft's own shape). */
export type DraftSource = Pick<PlanDraft, 'sourceKind' | 'lines' | 'fields' | 'warnings'>

export interface ImportState {
  source: DraftSource
  plan: EditPlan
  tasks: EditTask[]
  events: EditEvent[]
  quotas: EditQuota[]
  campaign?: EditCampaign
  targets: EditTarget[]
  newOrganizations: EditNewOrg[]
  /** The receiver of the lists the text names ("gửi danh sách … về …"), given to every quota. */
  receivingOrganizationId?: number
}

const keyed = <T extends object>(list: readonly T[] | undefined): (T & Keyed)[] => (list ?? []).map((item, key) => ({ ...item, key }))

export function fromDraft(draft: PlanDraft): ImportState {
  const { legalBases, recipients, contentSections, ...plan } = draft.plan
  const tasks = keyed(draft.tasks)
  return {
    source: { sourceKind: draft.sourceKind, lines: draft.lines, fields: draft.fields, warnings: draft.warnings },
    plan: { ...plan, legalBases: keyed(legalBases), recipients: keyed(recipients), contentSections: keyed(contentSections) },
    tasks,
    targets: (draft.targets ?? []).map(({ taskIndex, ...t }, key) => ({ ...t, key, taskKey: taskIndex ?? undefined, include: true })),
    newOrganizations: keyed(draft.newOrganizations ?? []),
    receivingOrganizationId: draft.quotas.find((q) => q.receivingOrganizationId != null)?.receivingOrganizationId ?? undefined,
    events: draft.events.map((e, key) => ({ ...e, key, venues: keyed(e.venues) })),
    quotas: draft.quotas.map((q, key) => {
      const lead = tasks[q.taskIndex]?.leadOrganizationId
      return {
        key,
        taskKey: q.taskIndex,
        eventKey: q.eventIndex,
        ownerOrganizationId: q.ownerOrganizationId,
        ownerFollowsLead: q.ownerOrganizationId == null || q.ownerOrganizationId === lead,
        ownerNewOrganization: q.ownerNewOrganization ?? undefined,
        categoryId: q.categoryId,
        categoryCode: q.categoryCode,
        categoryName: q.categoryName,
        count: q.count,
        deadline: q.deadline,
        phrase: q.phrase,
      }
    }),
    campaign: draft.campaign ? { ...draft.campaign, include: true } : undefined,
  }
}

// ---- edits ---------------------------------------------------------------------------------------------------------

export function patchItem<T extends Keyed>(list: readonly T[], key: number, patch: Partial<T>): T[] {
  return list.map((item) => (item.key === key ? { ...item, ...patch } : item))
}

export function dropItem<T extends Keyed>(list: readonly T[], key: number): T[] {
  return list.filter((item) => item.key !== key)
}

/** Whether a proposed organisation will exist after confirm: kept, with a parent. */
export function created(state: Pick<ImportState, 'newOrganizations'>, index: number | null | undefined): boolean {
  if (index == null) return false
  const o = state.newOrganizations.find((n) => n.key === index)
  return !!o && o.create && o.parentOrganizationId != null
}

/** The organisation a quota's list comes from: the task's lead while it follows it. */
export function quotaOwner(state: Pick<ImportState, 'tasks'>, quota: EditQuota): number | undefined {
  if (!quota.ownerFollowsLead) return quota.ownerOrganizationId
  return state.tasks.find((t) => t.key === quota.taskKey)?.leadOrganizationId
}

/**
 * Sets a task's lead agency. The importer splits one assigned agency's paragraph into several
 * tasks under the same heading (`III.4`); those of them still without a lead get the same one.
 * The lead leaves the task's cooperators (an agency does not cooperate with itself).
 * Returns the keys of the other tasks that were filled too.
 */
export function setLead(state: ImportState, taskKey: number, orgId: number | undefined): { state: ImportState; alsoFilled: number[] } {
  const task = state.tasks.find((t) => t.key === taskKey)
  if (!task) return { state, alsoFilled: [] }
  const alsoFilled =
    orgId === undefined || !task.label
      ? []
      : state.tasks.filter((t) => t.key !== taskKey && t.label === task.label && t.leadOrganizationId == null).map((t) => t.key)
  const filled = new Set([taskKey, ...alsoFilled])
  const tasks = state.tasks.map((t) =>
    filled.has(t.key)
      ? {
          ...t,
          leadOrganizationId: orgId,
          leadNewOrganization: orgId === undefined ? t.leadNewOrganization : undefined,
          cooperatingOrganizationIds: t.cooperatingOrganizationIds.filter((id) => id !== orgId),
        }
      : t,
  )
  return { state: { ...state, tasks }, alsoFilled }
}

/** Drops a task with its invitation quotas; its targets measure nothing then and go too. */
export function removeTask(state: ImportState, taskKey: number): ImportState {
  return {
    ...state,
    tasks: dropItem(state.tasks, taskKey),
    quotas: state.quotas.filter((q) => q.taskKey !== taskKey),
    targets: state.targets.filter((t) => t.taskKey !== taskKey),
  }
}

/** Drops an event with the quotas of invitations to it. */
export function removeEvent(state: ImportState, eventKey: number): ImportState {
  return { ...state, events: dropItem(state.events, eventKey), quotas: state.quotas.filter((q) => q.eventKey !== eventKey) }
}

/** Picks a quota's owner: from now on it no longer follows the task's lead. */
export function setQuotaOwner(state: ImportState, quotaKey: number, orgId: number | undefined): ImportState {
  return { ...state, quotas: patchItem(state.quotas, quotaKey, { ownerOrganizationId: orgId, ownerFollowsLead: false }) }
}

/** Lets a quota follow its task's lead again. */
export function followLead(state: ImportState, quotaKey: number): ImportState {
  return { ...state, quotas: patchItem(state.quotas, quotaKey, { ownerOrganizationId: undefined, ownerFollowsLead: true }) }
}

// ---- confirm -------------------------------------------------------------------------------------------------------

/** For each list sent, the key of the row at each index: how server errors find their row. */
export interface RowMap {
  tasks: number[]
  events: number[]
  quotas: number[]
  targets: number[]
  newOrganizations: number[]
  legalBases: number[]
  recipients: number[]
  contentSections: number[]
  /** Per event key, the venue keys in the order sent. */
  venues: Record<number, number[]>
}

/** Trimmed text, or undefined for blank: the server treats absent and empty alike. */
function text(v: string | null | undefined): string | undefined {
  const s = v?.trim()
  return s ? s : undefined
}

function planInput(plan: EditPlan): DraftPlan {
  return {
    number: text(plan.number),
    symbol: plan.symbol?.trim() ?? '',
    place: text(plan.place),
    issueDate: plan.issueDate || undefined,
    title: plan.title?.trim() ?? '',
    standingOrganizationId: plan.standingOrganizationId ?? undefined,
    standingNewOrganization: plan.standingOrganizationId == null ? (plan.standingNewOrganization ?? undefined) : undefined,
    legalBases: plan.legalBases.map((b) => ({
      kind: b.kind?.trim() ?? '',
      number: b.number?.trim() ?? '',
      date: b.date || undefined,
      issuer: text(b.issuer),
      summary: text(b.summary),
    })),
    purpose: text(plan.purpose),
    requirements: text(plan.requirements),
    contentSections: plan.contentSections.map((s) => ({ heading: s.heading?.trim() ?? '', body: text(s.body) })),
    recipients: plan.recipients.map((r) => ({ organizationId: r.organizationId ?? undefined, label: r.label?.trim() ?? '' })),
    signerAuthority: text(plan.signerAuthority),
    signerTitle: text(plan.signerTitle),
    signerName: text(plan.signerName),
    contactName: text(plan.contactName),
    contactTitle: text(plan.contactTitle),
    contactPhone: text(plan.contactPhone),
    startDate: plan.startDate || undefined,
    endDate: plan.endDate || undefined,
  }
}

function taskInput(task: EditTask, newIndex: Map<number, number>): DraftTask {
  const lead = task.leadOrganizationId ?? undefined
  const leadNew = lead == null && task.leadNewOrganization != null ? newIndex.get(task.leadNewOrganization) : undefined
  const cooperatingNew = (task.cooperatingNewOrganizations ?? []).map((k) => newIndex.get(k)).filter((i): i is number => i !== undefined)
  return {
    label: text(task.label),
    leadOrganizationId: lead,
    leadNewOrganization: leadNew,
    cooperatingOrganizationIds: task.cooperatingOrganizationIds,
    cooperatingNewOrganizations: cooperatingNew.length ? cooperatingNew : undefined,
    text: task.text.trim(),
    dueDate: task.dueDate || undefined,
    target: task.target
      ? { kind: task.target.kind, value: task.target.value, unit: task.target.unit.trim(), scope: text(task.target.scope) }
      : undefined,
  }
}

/** Exactly one main venue: the one the draft marked, when it marked only one, else the first. */
export function mainVenueKey(event: Pick<EditEvent, 'venues'>): number | undefined {
  const marked = event.venues.filter((v) => v.main)
  return marked.length === 1 ? marked[0].key : event.venues[0]?.key
}

function eventInput(event: EditEvent): DraftEvent {
  const main = mainVenueKey(event)
  return {
    title: event.title.trim(),
    startsAt: event.startsAt ?? '',
    endsAt: event.endsAt ?? '',
    // Never guessed: `blockers` holds the confirm until the coordinator picks one.
    format: event.format ?? undefined,
    expectedAttendance: event.expectedAttendance ?? undefined,
    chair: text(event.chair),
    description: text(event.description),
    venues: event.venues.map((v) => ({
      name: v.name.trim(),
      address: text(v.address),
      capacity: v.capacity ?? undefined,
      main: v.key === main,
    })),
  }
}

function campaignInput(c: EditCampaign): DraftCampaign {
  return {
    name: c.name?.trim() ?? '',
    slogans: c.slogans.map((s) => s.trim()).filter(Boolean),
    hashtags: c.hashtags.map(hashtag).filter(Boolean),
    startsOn: c.startsOn || undefined,
    endsOn: c.endsOn || undefined,
    organisers: text(c.organisers),
    directAudience: text(c.directAudience),
    indirectAudience: text(c.indirectAudience),
    activities: c.activities,
  }
}

/** "an toàn số" → "#antoànsố"; "#KhôngMộtMình" stays. */
export function hashtag(v: string): string {
  const body = v.trim().replace(/^#+/, '').replace(/[\s#]+/g, '')
  return body ? `#${body}` : ''
}

/**
 * The confirm request for the edited draft — the draft's own shape, as the server gave it — and
 * where each sent row came from. Quotas name their event and task by their index among those
 * sent, and their owner is the task's lead (a known organisation or one proposed for creation)
 * unless the coordinator picked another. Proposals the coordinator does not keep are sent with
 * `create: false`; rows naming them then need another organisation (`blockers`). A quota or a
 * target whose task or event was dropped is not sent.
 */
export function toConfirmInput(state: ImportState): { input: PlanDraft; rows: RowMap } {
  const eventIndex = new Map(state.events.map((e, i) => [e.key, i]))
  const taskIndex = new Map(state.tasks.map((t, i) => [t.key, i]))
  const newIndex = new Map(state.newOrganizations.map((o, i) => [o.key, i]))
  const quotas: DraftQuota[] = []
  const quotaKeys: number[] = []
  for (const q of state.quotas) {
    const at = eventIndex.get(q.eventKey)
    const task = taskIndex.get(q.taskKey)
    if (at === undefined || task === undefined) continue
    const lead = state.tasks[task]
    const owner = quotaOwner(state, q)
    quotas.push({
      eventIndex: at,
      taskIndex: task,
      ownerOrganizationId: owner ?? undefined,
      ownerNewOrganization: owner == null && q.ownerFollowsLead && lead.leadNewOrganization != null ? newIndex.get(lead.leadNewOrganization) : undefined,
      categoryId: q.categoryId ?? undefined,
      categoryCode: q.categoryCode,
      count: q.count ?? undefined,
      deadline: q.deadline ?? undefined,
      receivingOrganizationId: state.receivingOrganizationId,
      phrase: q.phrase,
    })
    quotaKeys.push(q.key)
  }
  const campaign = state.campaign?.include ? campaignInput(state.campaign) : undefined
  const targets: DraftTarget[] = []
  const targetKeys: number[] = []
  if (campaign) {
    for (const { key, taskKey, include, ...t } of state.targets) {
      if (!include || (taskKey !== undefined && !taskIndex.has(taskKey))) continue
      targets.push({ ...t, taskIndex: taskKey === undefined ? undefined : taskIndex.get(taskKey) })
      targetKeys.push(key)
    }
  }
  const input: PlanDraft = {
    ...state.source,
    plan: planInput(state.plan),
    tasks: state.tasks.map((t) => taskInput(t, newIndex)),
    events: state.events.map(eventInput),
    quotas,
    ...(campaign ? { campaign } : {}),
    targets,
    newOrganizations: state.newOrganizations.map(({ key: _key, ...o }) => o),
  }
  return {
    input,
    rows: {
      tasks: state.tasks.map((t) => t.key),
      events: state.events.map((e) => e.key),
      quotas: quotaKeys,
      targets: targetKeys,
      newOrganizations: state.newOrganizations.map((o) => o.key),
      legalBases: state.plan.legalBases.map((b) => b.key),
      recipients: state.plan.recipients.map((r) => r.key),
      contentSections: state.plan.contentSections.map((s) => s.key),
      venues: Object.fromEntries(state.events.map((e) => [e.key, e.venues.map((v) => v.key)])),
    },
  }
}

// ---- what stops the confirm ----------------------------------------------------------------------------------------

export type BlockerCode =
  | 'standingOrganization'
  | 'symbol'
  | 'title'
  | 'legalBasis'
  | 'recipient'
  | 'contentSection'
  | 'taskLead'
  | 'taskText'
  | 'eventTitle'
  | 'eventTime'
  | 'eventOrder'
  | 'eventFormat'
  | 'venueName'
  | 'quotaEvent'
  | 'quotaOwner'
  | 'quotaCategory'
  | 'quotaDeadline'
  | 'campaign'
  | 'newOrganizationParent'

export interface Blocker {
  code: BlockerCode
  /** The editor path to take the coordinator to. */
  path: string
  /** Row number (1-based, as shown) and label, for the message. */
  n?: number
  label?: string
}

const blank = (v: string | null | undefined) => !v || !v.trim()

/** Why the draft cannot be confirmed yet, in the order of the page; empty when it can. */
export function blockers(state: ImportState): Blocker[] {
  const out: Blocker[] = []
  const p = state.plan
  if (blank(p.symbol)) out.push({ code: 'symbol', path: 'plan.symbol' })
  if (blank(p.title)) out.push({ code: 'title', path: 'plan.title' })
  if (p.standingOrganizationId == null && !created(state, p.standingNewOrganization))
    out.push({ code: 'standingOrganization', path: 'plan.standingOrganizationId' })
  state.newOrganizations.forEach((o, i) => {
    if (o.create && o.parentOrganizationId == null)
      out.push({ code: 'newOrganizationParent', path: `newOrganizations[${o.key}].parentOrganizationId`, n: i + 1, label: o.name })
  })
  p.legalBases.forEach((b, i) => {
    if (blank(b.kind) || blank(b.number)) out.push({ code: 'legalBasis', path: `plan.legalBases[${b.key}]`, n: i + 1 })
  })
  p.contentSections.forEach((s, i) => {
    if (blank(s.heading)) out.push({ code: 'contentSection', path: `plan.contentSections[${s.key}]`, n: i + 1 })
  })
  p.recipients.forEach((r, i) => {
    if (blank(r.label)) out.push({ code: 'recipient', path: `plan.recipients[${r.key}]`, n: i + 1 })
  })
  state.events.forEach((e, i) => {
    const at = `events[${e.key}]`
    if (blank(e.title)) out.push({ code: 'eventTitle', path: `${at}.title`, n: i + 1 })
    if (!e.startsAt || !e.endsAt) out.push({ code: 'eventTime', path: `${at}.startsAt`, n: i + 1 })
    else if (Date.parse(e.endsAt) <= Date.parse(e.startsAt)) out.push({ code: 'eventOrder', path: `${at}.endsAt`, n: i + 1 })
    if (!e.format) out.push({ code: 'eventFormat', path: `${at}.format`, n: i + 1 })
    e.venues.forEach((v) => {
      if (blank(v.name)) out.push({ code: 'venueName', path: `${at}.venues[${v.key}].name`, n: i + 1 })
    })
  })
  const taskNumber = new Map(state.tasks.map((t, i) => [t.key, i + 1]))
  state.tasks.forEach((t, i) => {
    const at = `tasks[${t.key}]`
    if (t.leadOrganizationId == null && !created(state, t.leadNewOrganization))
      out.push({ code: 'taskLead', path: `${at}.leadOrganizationId`, n: i + 1, label: t.label })
    if (blank(t.text)) out.push({ code: 'taskText', path: `${at}.text`, n: i + 1, label: t.label })
  })
  const eventKeys = new Set(state.events.map((e) => e.key))
  state.quotas.forEach((q) => {
    const n = taskNumber.get(q.taskKey)
    if (n === undefined) return
    const at = `quotas[${q.key}]`
    const label = q.categoryName ?? q.phrase
    if (!eventKeys.has(q.eventKey)) out.push({ code: 'quotaEvent', path: at, n, label })
    if (!q.ownerFollowsLead && q.ownerOrganizationId == null && !created(state, q.ownerNewOrganization)) out.push({ code: 'quotaOwner', path: `${at}.ownerOrganizationId`, n, label })
    if (q.categoryId == null) out.push({ code: 'quotaCategory', path: `${at}.categoryId`, n, label })
    if (!q.deadline) out.push({ code: 'quotaDeadline', path: `${at}.deadline`, n, label })
  })
  const c = state.campaign
  if (c?.include && (blank(c.name) || !c.startsOn || !c.endsOn)) out.push({ code: 'campaign', path: 'campaign.name' })
  return out
}

// ---- server errors -------------------------------------------------------------------------------------------------

/** PlanInput's own members: the confirm names a plan's business-rule errors without `plan.`. */
const PLAN_MEMBERS = new Set([
  'number',
  'symbol',
  'place',
  'issueDate',
  'title',
  'standingOrganizationId',
  'legalBases',
  'purpose',
  'requirements',
  'contentSections',
  'recipients',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'contactName',
  'contactTitle',
  'contactPhone',
  'startDate',
  'endDate',
])

function formatPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '')
}

/**
 * A field error's path in the confirm request (`tasks[2].leadOrganizationId`,
 * `quotas[0].quota.categoryId`, `plan.symbol`, or a plan member without `plan.`) → the editor's
 * path of that row (`tasks[<key>].leadOrganizationId`, `quotas[<key>].categoryId`). Null when the
 * path names no row that was sent.
 */
export function editorPathOf(field: string, rows: RowMap): string | null {
  const seg = fieldPath(field)
  if (seg.length === 0) return null
  if (typeof seg[0] === 'string' && PLAN_MEMBERS.has(seg[0])) seg.unshift('plan')
  const keyAt = (list: readonly number[] | undefined, at: number): boolean => {
    const i = seg[at]
    if (typeof i !== 'number') return true
    const key = list?.[i]
    if (key === undefined) return false
    seg[at] = key
    return true
  }
  switch (seg[0]) {
    case 'plan': {
      const list = seg[1] === 'legalBases' ? rows.legalBases : seg[1] === 'recipients' ? rows.recipients : seg[1] === 'contentSections' ? rows.contentSections : undefined
      if (list && !keyAt(list, 2)) return null
      break
    }
    case 'tasks':
      if (!keyAt(rows.tasks, 1)) return null
      break
    case 'events': {
      const i = seg[1]
      if (!keyAt(rows.events, 1)) return null
      if (typeof i === 'number' && seg[2] === 'venues' && !keyAt(rows.venues[seg[1] as number], 3)) return null
      break
    }
    case 'quotas':
      if (!keyAt(rows.quotas, 1)) return null
      break
    case 'targets':
      if (!keyAt(rows.targets, 1)) return null
      break
    case 'newOrganizations':
      if (!keyAt(rows.newOrganizations, 1)) return null
      break
    case 'campaign':
      break
    default:
      return null
  }
  return formatPath(seg)
}

/** Server errors placed on the editor: by path (a field, or else its row), and those no row shows. */
export interface PlacedErrors {
  at: Map<string, string[]>
  unmatched: FieldError[]
}

/**
 * Puts each field error of a refused confirm at the closest place the editor shows: the field
 * itself when `shown` has it, else the nearest enclosing path shown (the row), else the summary.
 */
export function placeErrors(errors: readonly FieldError[], rows: RowMap, shown: ReadonlySet<string>): PlacedErrors {
  const at = new Map<string, string[]>()
  const unmatched: FieldError[] = []
  for (const e of errors) {
    const path = e.field ? editorPathOf(e.field, rows) : null
    let place: string | null = null
    if (path) {
      const seg = fieldPath(path)
      for (let n = seg.length; n > 0 && !place; n--) {
        const candidate = formatPath(seg.slice(0, n))
        if (shown.has(candidate)) place = candidate
      }
    }
    if (!place) {
      unmatched.push(e)
      continue
    }
    const list = at.get(place) ?? []
    list.push(e.message || e.code)
    at.set(place, list)
  }
  return { at, unmatched }
}

/** Every path the editor shows a value or a row at, for `placeErrors`. */
export function shownPaths(state: ImportState): Set<string> {
  const paths = new Set<string>()
  const add = (prefix: string, leaves: readonly string[]) => {
    paths.add(prefix)
    for (const leaf of leaves) paths.add(`${prefix}.${leaf}`)
  }
  for (const leaf of [
    'number',
    'symbol',
    'place',
    'issueDate',
    'title',
    'standingOrganizationId',
    'purpose',
    'requirements',
    'signerAuthority',
    'signerTitle',
    'signerName',
    'contactName',
    'contactTitle',
    'contactPhone',
    'startDate',
    'endDate',
    'legalBases',
    'recipients',
    'contentSections',
  ]) {
    paths.add(`plan.${leaf}`)
  }
  state.plan.legalBases.forEach((b) => add(`plan.legalBases[${b.key}]`, ['kind', 'number', 'date', 'issuer']))
  state.plan.recipients.forEach((r) => add(`plan.recipients[${r.key}]`, ['label', 'organizationId']))
  state.plan.contentSections.forEach((s) => add(`plan.contentSections[${s.key}]`, ['heading', 'body']))
  state.tasks.forEach((t) =>
    add(`tasks[${t.key}]`, ['label', 'leadOrganizationId', 'cooperatingOrganizationIds', 'text', 'dueDate', 'target']),
  )
  state.events.forEach((e) => {
    add(`events[${e.key}]`, ['title', 'startsAt', 'endsAt', 'format', 'expectedAttendance', 'chair', 'venues'])
    e.venues.forEach((v) => add(`events[${e.key}].venues[${v.key}]`, ['name']))
  })
  // The event is chosen per quota only when there are several.
  const quotaLeaves = ['ownerOrganizationId', 'categoryId', 'count', 'deadline', ...(state.events.length > 1 ? ['eventIndex'] : [])]
  state.quotas.forEach((q) => add(`quotas[${q.key}]`, quotaLeaves))
  if (state.campaign) add('campaign', ['name', 'startsOn', 'endsOn', 'hashtags', 'slogans', 'organisers', 'directAudience', 'indirectAudience'])
  state.targets.forEach((t) => add(`targets[${t.key}]`, ['name', 'kind', 'goalPercent']))
  state.newOrganizations.forEach((o) => add(`newOrganizations[${o.key}]`, ['name', 'type', 'parentOrganizationId']))
  return paths
}

// ---- organisation names ---------------------------------------------------------------------------------------------

export type KnownOrg = Pick<OrgRef, 'id' | 'name'> & Partial<Pick<OrgRef, 'code' | 'type'>>

/**
 * Names of the organisations the draft refers to by id only, recovered from what the importer
 * says it read: a matched lead's field holds the agency's name, the cooperators' fields name
 * them in order, a matched recipient's field holds its name, suggestions are whole references.
 */
export function knownOrgs(draft: Pick<PlanDraft, 'tasks' | 'plan' | 'fields'>): KnownOrg[] {
  const byId = new Map<number, KnownOrg>()
  const put = (id: number | undefined, name: string | undefined) => {
    if (id != null && name && !byId.has(id)) byId.set(id, { id, name })
  }
  const cooperators = new Map<number, string[]>()
  for (const f of draft.fields) {
    for (const s of f.suggestions ?? []) if (!byId.has(s.id)) byId.set(s.id, s)
    if (f.status !== 'FOUND' || !f.value) continue
    const m = /^tasks\[(\d+)\]\.(leadOrganizationId|cooperatingOrganizationIds)$/.exec(f.path)
    if (m && m[2] === 'leadOrganizationId') put(draft.tasks[Number(m[1])]?.leadOrganizationId, f.value)
    if (m && m[2] === 'cooperatingOrganizationIds') {
      const names = cooperators.get(Number(m[1])) ?? []
      names.push(f.value)
      cooperators.set(Number(m[1]), names)
    }
    const r = /^plan\.recipients\[(\d+)\]$/.exec(f.path)
    if (r) put(draft.plan.recipients[Number(r[1])]?.organizationId, f.value)
  }
  for (const [index, names] of cooperators) {
    const ids = draft.tasks[index]?.cooperatingOrganizationIds ?? []
    ids.forEach((id, i) => put(id, names[i]))
  }
  return [...byId.values()]
}

// ---- idempotency ----------------------------------------------------------------------------------------------------

export interface AttemptKey {
  /** The request body the key was made for. */
  body: string
  key: string
}

/**
 * The Idempotency-Key of a confirm attempt: the same key while the request is the same (a retry
 * after a lost answer replays the first creation instead of making a second plan), a fresh one
 * once the coordinator changed anything (the server refuses a key reused for another body).
 */
export function attemptKey(previous: AttemptKey | null, body: string, fresh: () => string): AttemptKey {
  return previous && previous.body === body ? previous : { body, key: fresh() }
}

// ---- unknown agencies -------------------------------------------------------------------------------------------------

export interface UnknownLead {
  /** The words the importer could not match to an organisation. */
  text?: string
  /** The closest organisations, to offer as choices; never chosen for the coordinator. */
  suggestions: OrgRef[]
}

/**
 * What the importer said about a task whose lead agency it could not match: its own finding, or
 * else that of the heading the task was split from (the importer reports an unknown heading once,
 * on the first task under it). Null when the importer found the lead.
 */
export function unknownLead(draft: Pick<PlanDraft, 'tasks' | 'fields'>, taskKey: number): UnknownLead | null {
  const finding = (key: number) =>
    draft.fields.find((f) => f.path === `tasks[${key}].leadOrganizationId` && f.status === 'UNKNOWN_ORGANIZATION')
  const task = draft.tasks[taskKey]
  if (!task || task.leadOrganizationId != null) return null
  let own = finding(taskKey)
  if (!own && task.label) {
    for (let k = taskKey - 1; k >= 0 && !own; k--) {
      if (draft.tasks[k].label !== task.label) break
      own = finding(k)
    }
  }
  return { text: own?.text, suggestions: own?.suggestions ?? [] }
}
