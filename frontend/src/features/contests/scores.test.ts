import { describe, expect, it } from 'vitest'
import type { ContestCriterion } from '@/lib/api/types'
import { initialScores, scoreProblem, scoresBody, weightedTotal } from './scores'

const criteria: ContestCriterion[] = [
  { id: 11, name: 'Nội dung, thông điệp', weight: 40, maxScore: 10 },
  { id: 12, name: 'Sáng tạo', weight: 30, maxScore: 10 },
  { id: 13, name: 'Trình bày', weight: 30, maxScore: 20 },
]

describe('a judge’s score sheet', () => {
  it('refuses a missing, negative, too high or too precise score as the server would', () => {
    expect(scoreProblem(undefined, 10)).toBe('required')
    expect(scoreProblem(null, 10)).toBe('required')
    expect(scoreProblem(-0.25, 10)).toBe('negative')
    expect(scoreProblem(10.25, 10)).toBe('aboveMax')
    expect(scoreProblem(8.125, 10)).toBe('precision')
    expect(scoreProblem(0, 10)).toBeNull()
    expect(scoreProblem(8.75, 10)).toBeNull()
    expect(scoreProblem(8.33, 10)).toBeNull()
    expect(scoreProblem(10, 10)).toBeNull()
  })

  it('computes the weighted total on 100 like the ranking, only once every score is valid', () => {
    // (8/10×40 + 6/10×30 + 15/20×30) ÷ 100 × 100 = 32 + 18 + 22.5
    expect(weightedTotal([8, 6, 15], criteria)).toBe(72.5)
    expect(weightedTotal([10, 10, 20], criteria)).toBe(100)
    expect(weightedTotal([8, undefined, 15], criteria)).toBeNull()
    expect(weightedTotal([8, 11, 15], criteria)).toBeNull()
  })

  it('reads earlier scores by criterion and sends one score per criterion in order', () => {
    const values = initialScores({ myScores: [{ criterionId: 13, score: 12.5 }, { criterionId: 11, score: 9 }] }, criteria)
    expect(values).toEqual([9, undefined, 12.5])
    expect(scoresBody([9, 7.25, 12.5], criteria)).toEqual([
      { criterionId: 11, score: 9 },
      { criterionId: 12, score: 7.25 },
      { criterionId: 13, score: 12.5 },
    ])
  })
})
