import { describe, expect, it } from 'vitest'
import type { ExtractedField, SourceSpan } from '@/lib/api/types'
import { LINES, sampleDraft } from './fixtures'
import {
  closestEditorPath,
  confidenceBucket,
  fieldsAt,
  fieldTone,
  indexFields,
  lineSegments,
  lowestPercent,
  pathMatches,
  segmentTone,
  wildcardPath,
  worstTone,
} from './highlight'

const at = (source: SourceSpan | undefined) => ({ source })
const one = (line: number, start: number, end: number): SourceSpan => ({ line, start, endLine: line, end })

/** The segments of a line as [text, fields] pairs, for readable expectations. */
function shape(segments: { text: string; fields: number[] }[]) {
  return segments.map((s) => [s.text, s.fields])
}

describe('confidence buckets', () => {
  it('bands confidence into high, medium and low at 0.85 and 0.65', () => {
    expect(confidenceBucket(1)).toBe('high')
    expect(confidenceBucket(0.85)).toBe('high')
    expect(confidenceBucket(0.849)).toBe('medium')
    expect(confidenceBucket(0.65)).toBe('medium')
    expect(confidenceBucket(0.6)).toBe('low')
    expect(confidenceBucket(0)).toBe('low')
  })

  it('lets the status outweigh the confidence', () => {
    expect(fieldTone({ status: 'FOUND', confidence: 0.9 })).toBe('high')
    expect(fieldTone({ status: 'UNKNOWN_ORGANIZATION', confidence: 0.9 })).toBe('unknown')
    expect(fieldTone({ status: 'MISSING', confidence: 0 })).toBe('missing')
  })

  it('picks the tone that needs most attention', () => {
    expect(worstTone(['high', 'low', 'medium'])).toBe('low')
    expect(worstTone(['low', 'unknown'])).toBe('unknown')
    expect(worstTone([])).toBeNull()
  })

  it('reports the lowest confidence as a whole percent', () => {
    expect(lowestPercent([{ confidence: 0.95 }, { confidence: 0.704 }])).toBe(70)
    expect(lowestPercent([])).toBeNull()
  })
})

describe('line segments', () => {
  it('keeps an unmarked line whole and an empty line empty', () => {
    expect(shape(lineSegments(['Kế hoạch', ''], [])[0])).toEqual([['Kế hoạch', []]])
    expect(lineSegments(['Kế hoạch', ''], [])[1]).toEqual([])
  })

  it('cuts a line around one span', () => {
    const [line] = lineSegments(['Số: 120/KH-UBND'], [at(one(0, 4, 7))])
    expect(shape(line)).toEqual([
      ['Số: ', []],
      ['120', [0]],
      ['/KH-UBND', []],
    ])
    expect(line[1]).toMatchObject({ start: 4, end: 7 })
  })

  it('splits overlapping spans at every edge and lists every field on the overlap', () => {
    const text = 'Mời 05 doanh nghiệp lớn; 30 KOLs.'
    // "05 doanh nghiệp lớn" (4–23) overlaps "doanh nghiệp lớn; 30" (7–27).
    const [line] = lineSegments([text], [at(one(0, 4, 23)), at(one(0, 7, 27))])
    expect(shape(line)).toEqual([
      ['Mời ', []],
      ['05 ', [0]],
      ['doanh nghiệp lớn', [0, 1]],
      ['; 30', [1]],
      [' KOLs.', []],
    ])
  })

  it('handles a span nested in another and two spans on the same text', () => {
    const [line] = lineSegments(['abcdefghij'], [at(one(0, 0, 10)), at(one(0, 3, 5)), at(one(0, 3, 5))])
    expect(shape(line)).toEqual([
      ['abc', [0]],
      ['de', [0, 1, 2]],
      ['fghij', [0]],
    ])
  })

  it('keeps touching spans of different fields apart', () => {
    const [line] = lineSegments(['abcdef'], [at(one(0, 0, 3)), at(one(0, 3, 6))])
    expect(shape(line)).toEqual([
      ['abc', [0]],
      ['def', [1]],
    ])
  })

  it('lets a span run across lines', () => {
    const lines = ['đại biểu tham dự buổi', '', 'Lễ về Công an thành phố', 'chậm nhất ngày 28/5/2026']
    const segments = lineSegments(lines, [at({ line: 0, start: 6, endLine: 2, end: 5 })])
    expect(shape(segments[0])).toEqual([
      ['đại bi', []],
      ['ểu tham dự buổi', [0]],
    ])
    expect(segments[1]).toEqual([])
    expect(shape(segments[2])).toEqual([
      ['Lễ về', [0]],
      [' Công an thành phố', []],
    ])
    expect(shape(segments[3])).toEqual([['chậm nhất ngày 28/5/2026', []]])
  })

  it('ignores spans outside the document, empty or reversed, and clamps those running past a line', () => {
    const fields = [
      at(undefined),
      at(one(5, 0, 3)),
      at(one(-1, 0, 3)),
      at(one(0, 2, 2)),
      at({ line: 1, start: 0, endLine: 0, end: 3 }),
      at(one(0, 3, 99)),
      at({ line: 1, start: 1, endLine: 9, end: 2 }),
    ]
    const segments = lineSegments(['abcdef', 'xyz'], fields)
    expect(shape(segments[0])).toEqual([
      ['abc', []],
      ['def', [5]],
    ])
    expect(shape(segments[1])).toEqual([
      ['x', []],
      ['yz', [6]],
    ])
  })

  it('gives back every character of the document, in order', () => {
    const draft = sampleDraft()
    const segments = lineSegments(draft.lines, draft.fields)
    expect(segments.map((line) => line.map((s) => s.text).join(''))).toEqual(LINES)
    // Every field with a source marks some text.
    const marked = new Set(segments.flat().flatMap((s) => s.fields))
    draft.fields.forEach((f, i) => expect(marked.has(i)).toBe(f.source !== undefined))
  })

  it('colours a segment by the field needing most attention', () => {
    const fields: Pick<ExtractedField, 'status' | 'confidence'>[] = [
      { status: 'FOUND', confidence: 0.95 },
      { status: 'FOUND', confidence: 0.7 },
      { status: 'UNKNOWN_ORGANIZATION', confidence: 0.55 },
    ]
    expect(segmentTone({ fields: [] }, fields)).toBeNull()
    expect(segmentTone({ fields: [0] }, fields)).toBe('high')
    expect(segmentTone({ fields: [0, 1] }, fields)).toBe('medium')
    expect(segmentTone({ fields: [0, 2] }, fields)).toBe('unknown')
  })
})

describe('field paths', () => {
  it('turns row indices into the shared form', () => {
    expect(wildcardPath('quotas[3].deadline')).toBe('quotas[].deadline')
    expect(wildcardPath('events[0].venues[1].name')).toBe('events[].venues[].name')
    expect(pathMatches('quotas[].deadline', 'quotas[7].deadline')).toBe(true)
    expect(pathMatches('quotas[2]', 'quotas[7]')).toBe(false)
  })

  it('finds a value’s own fields and those shared by every row', () => {
    const draft = sampleDraft()
    const byPath = indexFields(draft.fields)
    const paths = (path: string) => fieldsAt(byPath, path).map((i) => draft.fields[i].path)
    expect(paths('plan.title')).toEqual(['plan.title'])
    expect(paths('quotas[2].deadline')).toEqual(['quotas[].deadline'])
    expect(paths('tasks[1].leadOrganizationId')).toEqual(['tasks[1].leadOrganizationId'])
    expect(paths('tasks[2].leadOrganizationId')).toEqual([])
  })

  it('takes an importer path to the closest editor shown', () => {
    const shown = ['plan.title', 'tasks[1]', 'tasks[1].text', 'quotas[4]', 'quotas[4].deadline', 'quotas[6].deadline', 'campaign.startsOn']
    expect(closestEditorPath('plan.title', shown)).toBe('plan.title')
    expect(closestEditorPath('tasks[1].target', shown)).toBe('tasks[1]')
    expect(closestEditorPath('quotas[].deadline', shown)).toBe('quotas[4].deadline')
    expect(closestEditorPath('campaign.period', shown)).toBe('campaign.startsOn')
    expect(closestEditorPath('tasks[0].text', shown)).toBeNull()
    expect(closestEditorPath('issuer', shown)).toBeNull()
  })
})
