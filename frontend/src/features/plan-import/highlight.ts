import type { ExtractedField } from '@/lib/api/types'

/** How sure the importer is of a value, in three bands the coordinator can scan. */
export type Confidence = 'high' | 'medium' | 'low'

/** The colour of a value: its confidence, or a status that matters more than it. */
export type Tone = Confidence | 'unknown' | 'missing'

/** From this confidence on, a value is "high"; from MEDIUM_FROM, "medium"; below, "low". */
export const HIGH_FROM = 0.85
export const MEDIUM_FROM = 0.65

export function confidenceBucket(confidence: number): Confidence {
  if (confidence >= HIGH_FROM) return 'high'
  if (confidence >= MEDIUM_FROM) return 'medium'
  return 'low'
}

export function fieldTone(field: Pick<ExtractedField, 'status' | 'confidence'>): Tone {
  if (field.status === 'UNKNOWN_ORGANIZATION') return 'unknown'
  if (field.status === 'MISSING') return 'missing'
  return confidenceBucket(field.confidence)
}

/** Worst first: an unknown agency outweighs a doubtful value, which outweighs a sure one. */
const TONE_RANK: Record<Tone, number> = { unknown: 0, missing: 1, low: 2, medium: 3, high: 4 }

/** The tone that needs the most attention among several. */
export function worstTone(tones: readonly Tone[]): Tone | null {
  let worst: Tone | null = null
  for (const tone of tones) if (worst === null || TONE_RANK[tone] < TONE_RANK[worst]) worst = tone
  return worst
}

/** Colours per tone, for the spans in the document and the badges beside the fields. */
export const TONE_STYLE: Record<Tone, { background: string; border: string; tag: string }> = {
  high: { background: '#d9f7be', border: '#52c41a', tag: 'green' },
  medium: { background: '#fff1b8', border: '#faad14', tag: 'gold' },
  low: { background: '#ffd8bf', border: '#fa541c', tag: 'volcano' },
  unknown: { background: '#ffccc7', border: '#f5222d', tag: 'red' },
  missing: { background: 'transparent', border: '#bfbfbf', tag: 'default' },
}

/** A run of a line's text and the extracted fields (indices into the draft's `fields`) read from it. */
export interface Segment {
  text: string
  start: number
  end: number
  fields: number[]
}

interface Interval {
  start: number
  end: number
  field: number
}

/**
 * Splits every line into segments at the edges of the fields' source spans. A span may cross
 * lines (it covers the end of its first line, whole middle lines and the start of its last);
 * spans may overlap, and a segment lists every field that covers it. Spans outside the
 * document are clamped or ignored; empty spans mark nothing.
 */
export function lineSegments(lines: readonly string[], fields: readonly Pick<ExtractedField, 'source'>[]): Segment[][] {
  const perLine: Interval[][] = lines.map(() => [])
  fields.forEach((field, index) => {
    const s = field.source
    if (!s || lines.length === 0) return
    if (s.line < 0 || s.line >= lines.length || s.endLine < s.line) return
    const last = Math.min(s.endLine, lines.length - 1)
    for (let i = s.line; i <= last; i++) {
      const length = lines[i].length
      const from = i === s.line ? s.start : 0
      // A span that ends on a line past the document covers its last line to the end.
      const to = i === s.endLine ? s.end : length
      const start = Math.max(0, Math.min(from, length))
      const end = Math.max(0, Math.min(to, length))
      if (end > start) perLine[i].push({ start, end, field: index })
    }
  })
  return lines.map((line, i) => splitLine(line, perLine[i]))
}

function splitLine(line: string, intervals: Interval[]): Segment[] {
  if (intervals.length === 0) return line.length === 0 ? [] : [{ text: line, start: 0, end: line.length, fields: [] }]
  const edges = new Set<number>([0, line.length])
  for (const iv of intervals) {
    edges.add(iv.start)
    edges.add(iv.end)
  }
  const cuts = [...edges].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let k = 0; k < cuts.length - 1; k++) {
    const start = cuts[k]
    const end = cuts[k + 1]
    if (end <= start) continue
    const covering = intervals
      .filter((iv) => iv.start <= start && iv.end >= end)
      .map((iv) => iv.field)
      .sort((a, b) => a - b)
    const prev = out[out.length - 1]
    // Neighbours fed by the same fields (or by none) read as one run.
    if (prev && sameFields(prev.fields, covering)) {
      prev.end = end
      prev.text = line.slice(prev.start, end)
    } else {
      out.push({ text: line.slice(start, end), start, end, fields: covering })
    }
  }
  return out
}

function sameFields(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** The colour of a segment: that of the field needing most attention, or none for plain text. */
export function segmentTone(segment: Pick<Segment, 'fields'>, fields: readonly Pick<ExtractedField, 'status' | 'confidence'>[]): Tone | null {
  return worstTone(segment.fields.map((i) => fieldTone(fields[i])))
}

/** `quotas[3].deadline` → `quotas[].deadline`: the form the importer uses for a value shared by every row. */
export function wildcardPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]')
}

/** Field indices by their path, to find what the importer said about an editor's value. */
export function indexFields(fields: readonly Pick<ExtractedField, 'path'>[]): Map<string, number[]> {
  const byPath = new Map<string, number[]>()
  fields.forEach((f, i) => {
    const list = byPath.get(f.path) ?? []
    list.push(i)
    byPath.set(f.path, list)
  })
  return byPath
}

/** The fields that fed a path: its own, and those given for every row (`quotas[].deadline`). */
export function fieldsAt(byPath: ReadonlyMap<string, readonly number[]>, path: string): number[] {
  const own = byPath.get(path) ?? []
  const wild = wildcardPath(path)
  const shared = wild !== path ? (byPath.get(wild) ?? []) : []
  return [...own, ...shared]
}

/** Whether an editor path shows a field path (a shared `[]` path matches every row). */
export function pathMatches(fieldPath: string, editorPath: string): boolean {
  return fieldPath === editorPath || (fieldPath.includes('[]') && wildcardPath(editorPath) === fieldPath)
}

/** The lowest confidence among fields, as a whole percent; null without any. */
export function lowestPercent(fields: readonly Pick<ExtractedField, 'confidence'>[]): number | null {
  if (fields.length === 0) return null
  return Math.round(Math.min(...fields.map((f) => f.confidence)) * 100)
}

/** Importer paths that the editor shows under another name. */
const EDITOR_ALIASES: Record<string, string> = {
  'campaign.period': 'campaign.startsOn',
}

/**
 * The editor element to take the coordinator to for an importer's path, among the paths the
 * editor shows: the path itself, the first row of a shared `[]` path, else the nearest enclosing
 * row. Null when the value's row was dropped.
 */
export function closestEditorPath(path: string, shown: readonly string[]): string | null {
  const target = EDITOR_ALIASES[path] ?? path
  const set = new Set(shown)
  if (set.has(target)) return target
  if (target.includes('[]')) return shown.find((p) => wildcardPath(p) === target) ?? null
  let cut = target
  while (cut) {
    const next = cut.replace(/(\.[^.[\]]+|\[\d+\])$/, '')
    if (next === cut) break
    cut = next
    if (set.has(cut)) return cut
  }
  return null
}
