import type { Dayjs } from 'dayjs'
import type { Contest, ContestCategory, ContestInput } from '@/lib/api/types'
import { fromApiDateTime, toApiDateTime } from '@/lib/format'
import { optional } from '../contest'

export interface ContestFormValues {
  title: string
  description?: string
  categories: ContestCategory[]
  opensAt?: Dayjs
  closesAt?: Dayjs
  judgesPerEntry: number
  criteria: { name: string; weight?: number; maxScore?: number }[]
}

export const MAX_CRITERIA = 10
/** The API's default panel. */
export const DEFAULT_JUDGES = 3

export const emptyContestValues: ContestFormValues = {
  title: '',
  categories: [],
  judgesPerEntry: DEFAULT_JUDGES,
  criteria: [{ name: '', weight: 100, maxScore: 10 }],
}

export function contestToValues(c: Contest): ContestFormValues {
  return {
    title: c.title,
    description: c.description ?? undefined,
    categories: c.categories,
    opensAt: fromApiDateTime(c.opensAt),
    closesAt: fromApiDateTime(c.closesAt),
    judgesPerEntry: c.judgesPerEntry,
    criteria: c.criteria.map((k) => ({ name: k.name, weight: k.weight, maxScore: k.maxScore })),
  }
}

export function valuesToContestInput(v: ContestFormValues): ContestInput {
  return {
    title: v.title.trim(),
    description: optional(v.description),
    categories: v.categories,
    opensAt: toApiDateTime(v.opensAt) ?? '',
    closesAt: toApiDateTime(v.closesAt) ?? '',
    judgesPerEntry: v.judgesPerEntry,
    criteria: v.criteria.map((k) => ({ name: k.name.trim(), weight: k.weight ?? 0, maxScore: k.maxScore ?? 0 })),
  }
}
