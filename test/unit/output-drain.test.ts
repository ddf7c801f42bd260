/** The CLI's stdout over a pipe: a large output is written part by part, each once the reader took the last. */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { pipeOutput } from '../../src/cli/output.js'

/** A stream whose reader takes a chunk only when told to. */
function slowReader() {
  const taken: string[] = []
  const waiting: (() => void)[] = []
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      waiting.push(() => {
        taken.push(chunk.toString())
        callback()
      })
    },
  })
  return { stream: stream as unknown as NodeJS.WriteStream, taken, take: () => waiting.shift()?.() }
}

describe('pipeOutput drained', () => {
  it('waits until the reader took what was written, and not when nothing waits', async () => {
    const reader = slowReader()
    const output = pipeOutput(reader.stream, slowReader().stream)
    await output.drained?.()
    output.out('x'.repeat(64))
    let done = false
    const drained = output.drained?.().then(() => (done = true))
    await new Promise((r) => setTimeout(r, 10))
    expect(done).toBe(false)
    reader.take()
    await drained
    expect([done, reader.taken]).toEqual([true, ['x'.repeat(64)]])
  })

  it('a reader that goes away ends the wait', async () => {
    const reader = slowReader()
    const output = pipeOutput(reader.stream, slowReader().stream)
    output.out('x'.repeat(64))
    const drained = output.drained?.()
    reader.stream.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    await drained
    output.out('more')
    await output.drained?.()
    expect(reader.taken).toEqual([])
  })
})
