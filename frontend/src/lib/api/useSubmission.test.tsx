import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from './problem'
import { useSubmission } from './useSubmission'

/** A promise the test settles when it wants. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const refused = (code: string) => new ApiError(422, { type: `/problems/${code}`, code, title: 'Từ chối', status: 422 })

describe('useSubmission: one create dialog’s Idempotency-Key and guard', () => {
  it('keeps the key across retries of one submission and makes a new one after a success', async () => {
    const { result } = renderHook(() => useSubmission('report'))
    const first = result.current.key
    expect(first).toMatch(/^report-/)
    const sent: string[] = []
    await act(async () => {
      await expect(result.current.run(async (key) => { sent.push(key); throw refused('validation-failed') })).rejects.toThrow()
    })
    expect(result.current.key).toBe(first)
    let answer: number | undefined
    await act(async () => {
      answer = await result.current.run(async (key) => { sent.push(key); return 42 })
    })
    expect(answer).toBe(42)
    expect(sent).toEqual([first, first])
    expect(result.current.key).not.toBe(first)
  })

  it('sends once while a submission is on its way (a double click), and says it is pending', async () => {
    const { result } = renderHook(() => useSubmission('plan'))
    const answer = deferred<number>()
    let calls = 0
    let firstRun!: Promise<number | undefined>
    let secondRun!: Promise<number | undefined>
    act(() => {
      firstRun = result.current.run(() => { calls++; return answer.promise })
      secondRun = result.current.run(() => { calls++; return answer.promise })
    })
    expect(result.current.pending).toBe(true)
    await expect(secondRun).resolves.toBeUndefined()
    await act(async () => {
      answer.resolve(7)
      await firstRun
    })
    expect(calls).toBe(1)
    expect(result.current.pending).toBe(false)
  })

  it('makes a new key when the server says the key went with another body, and when the dialog closes', async () => {
    const { result, rerender } = renderHook(({ open }) => useSubmission('quota', open), { initialProps: { open: true } })
    const first = result.current.key
    await act(async () => {
      await expect(result.current.run(() => Promise.reject(refused('idempotency-key-reused')))).rejects.toThrow()
    })
    const second = result.current.key
    expect(second).not.toBe(first)
    rerender({ open: false })
    expect(result.current.key).not.toBe(second)
  })
})
