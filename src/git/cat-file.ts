/**
 * One long-lived `git cat-file --batch` process: many object reads without a process each. Requests are
 * answered in order; a name that git cannot resolve answers `missing`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

export interface BatchObject {
  readonly type: string
  readonly size: number
  readonly content: Buffer
}

interface Pending {
  resolve(value: BatchObject | undefined): void
  reject(error: Error): void
}

export class CatFileBatch {
  private child?: ChildProcessWithoutNullStreams
  private buffer: Buffer = Buffer.alloc(0)
  private readonly pending: Pending[] = []
  private failed?: Error

  constructor(private readonly cwd: string) {}

  /** The object named (e.g. `<sha>:<path>`), or undefined when it does not exist. */
  read(name: string): Promise<BatchObject | undefined> {
    if (/[\n\r\0]/.test(name))
      return Promise.reject(new Error('object names with line breaks cannot be read in batch'))
    if (this.failed) return Promise.reject(this.failed)
    const child = this.start()
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      child.stdin.write(`${name}\n`)
    })
  }

  close(): void {
    this.child?.stdin.end()
    this.child = undefined
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    })
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk
      this.drain()
    })
    const fail = (error: Error) => {
      this.failed = error
      for (const p of this.pending.splice(0)) p.reject(error)
    }
    child.on('error', fail)
    child.on('exit', (code) => {
      if (this.pending.length) fail(new Error(`git cat-file --batch exited (${code ?? 'signal'})`))
    })
    child.stdin.on('error', () => undefined)
    this.child = child
    return child
  }

  private drain(): void {
    for (;;) {
      const next = this.pending[0]
      if (!next) return
      const eol = this.buffer.indexOf(10)
      if (eol < 0) return
      const header = this.buffer.subarray(0, eol).toString('utf8')
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(eol + 1)
        this.pending.shift()
        next.resolve(undefined)
        continue
      }
      const [, type = '', sizeText = ''] = header.split(' ')
      const size = Number(sizeText)
      if (this.buffer.length < eol + 1 + size + 1) return
      const content = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size))
      this.buffer = this.buffer.subarray(eol + 1 + size + 1)
      this.pending.shift()
      next.resolve({ type, size, content })
    }
  }
}
