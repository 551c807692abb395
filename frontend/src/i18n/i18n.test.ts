import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ACTIVITY_TYPES,
  ATTENDEE_STATUSES,
  AUDIENCES,
  PUBLIC_AUDIENCES,
  CAMPAIGN_TARGET_KINDS,
  CONSENT_METHODS,
  CONTEST_CATEGORIES,
  CONTEST_ENTRY_STATUSES,
  EVENT_FORMATS,
  IMPORT_ROW_STATUSES,
  IMPORT_STATUSES,
  ORGANIZATION_TYPES,
  PLAN_STATUSES,
  PLEDGE_STATUSES,
  ROLES,
  TARGET_UNIT_STATUSES,
  TASK_STATUSES,
} from '@/lib/status'
import { CELL_TONES } from '@/features/quotas/utils'
import { IMPORT_FIELDS } from '@/features/attendees/utils'
import { CONTEST_PHASES } from '@/features/contests/contest'
import en from './en.json'
import { englishIn, vietnameseIn } from './language'
import vi from './vi.json'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  )
}

const PLURAL = /_(zero|one|two|few|many|other)$/

/** Keys without their plural suffix: Vietnamese has one plural form, English two. */
function baseKeys(tree: Tree): Set<string> {
  return new Set(flatten(tree).map((k) => k.replace(PLURAL, '')))
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

function has(tree: Tree, key: string): boolean {
  return lookup(tree, key) !== undefined || lookup(tree, `${key}_other`) !== undefined
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('translations', () => {
  it('every key in vi.json exists in en.json', () => {
    const missing = [...baseKeys(vi)].filter((k) => !baseKeys(en).has(k))
    expect(missing).toEqual([])
  })

  it('every key in en.json exists in vi.json', () => {
    const missing = [...baseKeys(en)].filter((k) => !baseKeys(vi).has(k))
    expect(missing).toEqual([])
  })

  it('has no empty texts', () => {
    for (const tree of [vi, en]) {
      const empty = flatten(tree).filter((k) => !lookup(tree, k)?.trim())
      expect(empty).toEqual([])
    }
  })

  it('English has both plural forms wherever it has one', () => {
    const keys = flatten(en)
    const lonely = keys
      .filter((k) => k.endsWith('_one') || k.endsWith('_other'))
      .map((k) => k.replace(PLURAL, ''))
      .filter((base) => !keys.includes(`${base}_one`) || !keys.includes(`${base}_other`))
    expect(lonely).toEqual([])
  })

  it('labels every enum value of the API in both languages', () => {
    const keys = [
      ...TASK_STATUSES.map((s) => `enums.taskStatus.${s}`),
      ...TASK_STATUSES.map((s) => `enums.taskStatusShort.${s}`),
      ...PLAN_STATUSES.map((s) => `enums.planStatus.${s}`),
      ...ROLES.map((s) => `enums.role.${s}`),
      ...ORGANIZATION_TYPES.map((s) => `enums.organizationType.${s}`),
      ...ATTENDEE_STATUSES.map((s) => `enums.attendeeStatus.${s}`),
      ...EVENT_FORMATS.map((s) => `enums.eventFormat.${s}`),
      ...IMPORT_ROW_STATUSES.map((s) => `enums.importRowStatus.${s}`),
      ...IMPORT_STATUSES.map((s) => `enums.importStatus.${s}`),
      ...ACTIVITY_TYPES.map((s) => `enums.activityType.${s}`),
      ...AUDIENCES.map((s) => `enums.audience.${s}`),
      ...PUBLIC_AUDIENCES.map((s) => `enums.publicAudience.${s}`),
      ...CAMPAIGN_TARGET_KINDS.map((s) => `enums.campaignTargetKind.${s}`),
      ...PLEDGE_STATUSES.map((s) => `enums.pledgeStatus.${s}`),
      ...TARGET_UNIT_STATUSES.map((s) => `enums.targetUnitStatus.${s}`),
      ...CONTEST_CATEGORIES.map((s) => `enums.contestCategory.${s}`),
      ...CONTEST_ENTRY_STATUSES.map((s) => `enums.contestEntryStatus.${s}`),
      ...CONSENT_METHODS.map((s) => `enums.consentMethod.${s}`),
    ]
    for (const tree of [vi, en]) expect(keys.filter((k) => !has(tree, k))).toEqual([])
  })

  it('names every key the code builds from a value', () => {
    const keys = [
      ...CELL_TONES.map((tone) => `matrix.tone.${tone}`),
      ...IMPORT_FIELDS.map((f) => `importField.${f}`),
      ...['confirm', 'decline', 'cancel', 'replace'].map((a) => `attendeeAction.${a}`),
      ...['confirm', 'decline', 'cancel'].map((a) => `attendeeAction.done.${a}`),
      ...['protocol', 'name', 'createdAt'].map((s) => `attendees.sort.${s}`),
      'quota.deadline',
      'quota.deadlineExtended',
      'myQuotas.added',
      'myQuotas.replaced',
      ...['overview', 'indicators', 'reports', 'units', 'targets', 'moderation', 'quiz', 'contests'].map((k) => `campaign.tab.${k}`),
      ...['overview', 'entries', 'judges', 'ranking', 'judging'].map((k) => `contest.tab.${k}`),
      ...CONTEST_PHASES.map((p) => `contest.phase.${p}`),
      ...['required', 'negative', 'aboveMax', 'precision'].map((p) => `judging.problem.${p}`),
      ...['officers', 'pupils', 'students', 'teachers', 'parents', 'others', 'views', 'shares'].map((f) => `activityReport.figure.${f}`),
      ...['photoType', 'photoTooLarge'].map((p) => `activityReport.${p}`),
      ...['nameRequired', 'nameTooLong', 'textRequired', 'textTooLong', 'unitCodeInvalid'].map((p) => `wall.problem.${p}`),
      ...CAMPAIGN_TARGET_KINDS.map((k) => `campaignTarget.kindHint.${k}`),
      ...TARGET_UNIT_STATUSES.map((s) => `indicator.noUnits.${s}`),
    ]
    for (const tree of [vi, en]) expect(keys.filter((k) => !has(tree, k))).toEqual([])
  })

  it('uses the agreed Vietnamese status labels', () => {
    expect(vi.enums.taskStatus).toMatchObject({
      DONE_LATE: 'Hoàn thành chậm',
      OVERDUE: 'Quá hạn',
      IN_PROGRESS: 'Đang thực hiện (trong hạn)',
      NOT_STARTED: 'Chưa thực hiện',
      DONE_ON_TIME: 'Hoàn thành đúng hạn',
    })
    expect(vi.enums.planStatus).toEqual({ DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành', CLOSED: 'Đã kết thúc', CANCELLED: 'Đã hủy' })
  })

  it('every literal key the code asks for exists', () => {
    const root = join(import.meta.dirname, '..')
    const used = new Set<string>()
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8')
      // t('a.b'), t("a.b"), and literal keys passed as props: text={t('doc.x')}
      for (const m of text.matchAll(/\bt\(\s*['"]([a-zA-Z][\w.]*)['"]/g)) used.add(m[1])
    }
    expect(used.size).toBeGreaterThan(100)
    for (const tree of [vi, en]) expect([...used].filter((k) => !has(tree, k))).toEqual([])
  })

  it('has no English in vi.json', () => {
    const english = flatten(vi)
      .map((k) => [k, englishIn(lookup(vi, k) ?? '')] as const)
      .filter(([, words]) => words.length > 0)
    expect(english).toEqual([])
  })

  it('has no Vietnamese in en.json but for quotations and proper names', () => {
    // The kinds of legal document are the document's own words, offered for a field the document keeps in Vietnamese.
    const written = ['legalBasis.kinds.', 'languages.vi.']
    const vietnamese = flatten(en)
      .filter((k) => !written.some((prefix) => k.startsWith(prefix)))
      .map((k) => [k, vietnameseIn(lookup(en, k) ?? '')] as const)
      .filter(([, words]) => words.length > 0)
    expect(vietnamese).toEqual([])
  })
})

describe('the wrong-language check', () => {
  it.each([
    'must not be blank',
    'Save',
    'size must be between 1 and 200',
    '100% of xã, phường',
    'Đã lưu. Please reload the page',
    'POLICE_UNIT_LEADER',
    'ENTERPRISE',
    'Loading…',
  ])('finds English in the Vietnamese text %j', (text) => {
    expect(englishIn(text)).not.toEqual([])
  })

  it.each([
    'không được để trống',
    'Tải lên ảnh (JPEG, PNG)',
    'Email',
    'Mã QR',
    'Hashtag',
    'Standee',
    'KH {{reference}}',
    'Bảo vệ trẻ em an toàn trên môi trường mạng',
    'Chữ to, dễ đọc; in ra giấy A4',
    'Xem https://example.org/the-plan',
    '{{value}}% {{unit}}',
  ])('lets the Vietnamese text %j pass', (text) => {
    expect(englishIn(text)).toEqual([])
  })

  it.each([
    'không được để trống',
    'Đã lưu thành công',
    'Target: 100% xã, phường',
    'Sent to Sở Giáo dục và Đào tạo',
  ])('finds Vietnamese in the English text %j', (text) => {
    expect(vietnameseIn(text)).not.toEqual([])
  })

  it.each([
    'must not be blank',
    'The document needs the heading “KẾ HOẠCH”',
    'Thank you! Your pledge awaits review (chờ duyệt).',
    'For example TM. ỦY BAN NHÂN DÂN, one level per line',
    'Decree 30/2020/NĐ-CP',
    'Sent to {{org}}',
  ])('lets the English text %j pass', (text) => {
    expect(vietnameseIn(text)).toEqual([])
  })
})
