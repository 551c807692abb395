import type { BlindEntry, ContestCriterion, ScoreInput } from '@/lib/api/types'

/** One score per criterion, in the contest's order; empty while not given. */
export type ScoreValues = (number | null | undefined)[]

export type ScoreProblem = 'required' | 'negative' | 'aboveMax' | 'precision'

/** The judge's earlier scores, in the order of the criteria. */
export function initialScores(entry: Pick<BlindEntry, 'myScores'>, criteria: readonly ContestCriterion[]): ScoreValues {
  return criteria.map((c) => entry.myScores.find((s) => s.criterionId === c.id)?.score)
}

/** What is wrong with one score, as the server would refuse it (0 to the maximum, two decimals at most). */
export function scoreProblem(value: number | null | undefined, maxScore: number): ScoreProblem | null {
  if (value === null || value === undefined || Number.isNaN(value)) return 'required'
  if (value < 0) return 'negative'
  if (value > maxScore) return 'aboveMax'
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return 'precision'
  return null
}

export function scoresBody(values: ScoreValues, criteria: readonly ContestCriterion[]): ScoreInput[] {
  return criteria.map((c, i) => ({ criterionId: c.id, score: values[i] as number }))
}

/**
 * The judge's total on 100, as the ranking computes it: Σ (score ÷ maximum × weight) ÷ Σ weight × 100;
 * null while a score is missing or out of range.
 */
export function weightedTotal(values: ScoreValues, criteria: readonly ContestCriterion[]): number | null {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0)
  if (weights === 0 || criteria.some((c, i) => scoreProblem(values[i], c.maxScore) !== null)) return null
  const sum = criteria.reduce((acc, c, i) => acc + ((values[i] as number) / c.maxScore) * c.weight, 0)
  return Math.round((sum / weights) * 100 * 100) / 100
}
