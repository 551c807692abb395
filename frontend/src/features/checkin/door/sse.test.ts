import { describe, expect, it } from 'vitest'
import { parseSse, readSse, type SseEvent } from './sse'

describe('reading the counters stream', () => {
  it('splits named events, skips pings and keeps the unfinished rest', () => {
    const { events, rest } = parseSse('event: counts\ndata: {"checkedIn":1}\n\n: ping\n\nevent: counts\r\ndata: {"checked')
    expect(events).toEqual([{ event: 'counts', data: '{"checkedIn":1}' }])
    expect(rest).toBe('event: counts\ndata: {"checked')
    expect(parseSse('data: a\ndata: b\n\n').events).toEqual([{ event: 'message', data: 'a\nb' }])
  })

  it('reads events cut anywhere across chunks', async () => {
    const enc = new TextEncoder()
    const parts = ['event: cou', 'nts\ndata: {"a":1}\n', '\n: ping\n\nevent: counts\ndata: {"a":2}\n\n']
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        parts.forEach((p) => c.enqueue(enc.encode(p)))
        c.close()
      },
    })
    const seen: SseEvent[] = []
    await readSse(body, (e) => seen.push(e))
    expect(seen.map((e) => JSON.parse(e.data))).toEqual([{ a: 1 }, { a: 2 }])
  })
})
