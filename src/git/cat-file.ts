/**
 * One long-lived `git cat-file --batch` process: many object reads without a process each. Requests are
 * answered in order; a name git cannot resolve answers `missing`. Objects over `maxBytes` are streamed past
 * without being kept, so an oversized file costs no memory.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

export interface BatchObject {
  /** The object's id; none for the answers about a link git could not follow (type symlink, dangling, …). */
  readonly oid?: string
  /**
   * The object's type (blob, tree, …). With followSymlinks, a link git could not follow inside the commit is
   * answered instead as `symlink` (it leaves the repository; content is the part of the target outside),
   * `dangling`, `loop` or `notdir` (content is the name asked for).
   */
  readonly type: string
  readonly size: number
  /** Undefined when the object is larger than the reader keeps. */
  readonly content?: Buffer
}

interface Pending {
  /** Larger objects are streamed past without being kept. */
  readonly maxBytes: number
  resolve(value: BatchObject | undefined): void
  reject(error: Error): void
}

interface Body {
  readonly oid?: string
  readonly type: string
  readonly size: number
  readonly keep: boolean
  readonly chunks: Buffer[]
  /** Bytes still to come, including the newline that ends the object. */
  remaining: number
}

export class CatFileBatch {
  private process?: BatchProcess
  private isClosed = false

  constructor(
    private readonly cwd: string,
    private readonly maxBytes: number,
    /** Follow symlinks inside the commit (`--follow-symlinks`), as GitHub's contents API does. */
    private readonly followSymlinks = false,
  ) {}

  /**
   * The object named (e.g. `<sha>:<path>`), or undefined when it does not exist. maxBytes: the most this
   * read keeps (by default the reader's).
   */
  read(name: string, maxBytes = this.maxBytes): Promise<BatchObject | undefined> {
    if (/[\n\r\0]/.test(name))
      return Promise.reject(new Error('object names with line breaks cannot be read in batch'))
    if (this.isClosed) return Promise.reject(new Error('the batch reader is closed'))
    const args = ['cat-file', '--batch', ...(this.followSymlinks ? ['--follow-symlinks'] : [])]
    this.process ??= new BatchProcess(this.cwd, args, this.maxBytes)
    return this.process.read(name, maxBytes)
  }

  /** Whether close() was called: every read since fails. */
  get closed(): boolean {
    return this.isClosed
  }

  /**
   * Ends the process once it has answered what it was asked. A read after this fails: a read still on its
   * way when a command ends (the next level of a tree walk, say) must not start a process that nothing would
   * end, which would keep the CLI from exiting.
   */
  close(): void {
    this.isClosed = true
    this.process?.end()
    this.process = undefined
  }
}

/** One `git cat-file --batch` process and the reads it has not answered yet, in order. */
class BatchProcess {
  private readonly child: ChildProcessWithoutNullStreams
  private header: Buffer[] = []
  private body?: Body
  private readonly pending: Pending[] = []
  /** Once the process failed, every read fails with its error. */
  private failed?: Error

  constructor(
    cwd: string,
    args: readonly string[],
    private readonly maxBytes: number,
  ) {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } })
    child.stdout.on('data', (chunk: Buffer) => this.consume(chunk))
    // Not read (a failure shows as the exit), but drained: warnings (an ambiguous name) must not fill the pipe.
    child.stderr.resume()
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
  }

  read(name: string, maxBytes: number): Promise<BatchObject | undefined> {
    if (this.failed) return Promise.reject(this.failed)
    return new Promise((resolve, reject) => {
      this.pending.push({ maxBytes, resolve, reject })
      this.child.stdin.write(`${name}\n`)
    })
  }

  end(): void {
    this.child.stdin.end()
  }

  private consume(chunk: Buffer): void {
    let rest = chunk
    while (rest.length > 0) {
      if (this.body) {
        const body = this.body
        const take = Math.min(body.remaining, rest.length)
        if (body.keep) body.chunks.push(rest.subarray(0, take))
        body.remaining -= take
        rest = rest.subarray(take)
        if (body.remaining === 0) {
          this.body = undefined
          const content = body.keep ? Buffer.concat(body.chunks).subarray(0, body.size) : undefined
          const { oid, type, size } = body
          this.pending
            .shift()
            ?.resolve({ ...(oid ? { oid } : {}), type, size, ...(content ? { content } : {}) })
        }
        continue
      }
      const eol = rest.indexOf(10)
      if (eol < 0) {
        this.header.push(rest)
        return
      }
      this.header.push(rest.subarray(0, eol))
      rest = rest.subarray(eol + 1)
      const line = Buffer.concat(this.header).toString('utf8')
      this.header = []
      if (line.endsWith(' missing') || line.endsWith(' ambiguous')) {
        this.pending.shift()?.resolve(undefined)
        continue
      }
      const fields = line.split(' ')
      // `<sha> <type> <size>`, or `<symlink|dangling|loop|notdir> <size>` with --follow-symlinks.
      const [oid, type = '', sizeText = '0'] = fields.length === 2 ? [undefined, ...fields] : fields
      const size = Number(sizeText)
      const keep = size <= (this.pending[0]?.maxBytes ?? this.maxBytes)
      this.body = { ...(oid ? { oid } : {}), type, size, keep, chunks: [], remaining: size + 1 }
    }
  }
}
