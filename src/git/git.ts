/** The one place that runs the `git` executable. Arguments are passed as an array: no shell, no quoting. */
import { execFile } from 'node:child_process'
import { CatFileBatch } from './cat-file.js'

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | string | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n').at(-1) ?? `exit ${String(code)}`}`)
    this.name = 'GitError'
  }
}

export interface GitOptions {
  readonly input?: string | Buffer
  readonly env?: NodeJS.ProcessEnv
  /** Exit codes that are answers, not failures (e.g. 1 from `merge-base --is-ancestor`). */
  readonly okCodes?: readonly number[]
}

export interface GitResult {
  readonly stdout: Buffer
  readonly code: number
}

export class Git {
  /**
   * The repository's one long-lived `git cat-file --batch --follow-symlinks`, started at its first read:
   * revisions and refs resolve through it, and GitSource reads files through it. Reads pass the most they keep.
   */
  readonly batch: CatFileBatch

  constructor(readonly cwd: string) {
    this.batch = new CatFileBatch(cwd, 0, true)
  }

  run(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        ['-c', 'core.quotepath=off', ...args],
        {
          cwd: this.cwd,
          encoding: 'buffer',
          maxBuffer: 256 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
          if (error && !(options.okCodes ?? []).includes(code)) {
            reject(new GitError(args, error.code ?? null, stderr.toString('utf8')))
            return
          }
          resolve({ stdout, code })
        },
      )
      if (options.input !== undefined) child.stdin?.end(options.input)
    })
  }

  async text(args: readonly string[], options: GitOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString('utf8')
  }

  async line(args: readonly string[], options: GitOptions = {}): Promise<string> {
    return (await this.text(args, options)).trim()
  }

  /**
   * The full SHA a ref names, or undefined when it does not resolve (nor peel to a commit: a tree or a blob
   * does not resolve), as `git rev-parse --verify <ref>^{commit}` answers.
   */
  resolve(ref: string): Promise<string | undefined> {
    return this.objectId(`${ref}^{commit}`, ['--end-of-options'])
  }

  /** The object id a ref points at (not peeled), or undefined when it does not exist. */
  refExists(ref: string): Promise<string | undefined> {
    return this.objectId(ref, [])
  }

  /** Ends the batch reader (GitSource.close does); a read after this starts a new one. */
  close(): void {
    this.batch.close()
  }

  /**
   * What `git rev-parse --verify --quiet <name>` prints, asked of the batch reader: both look the name up the
   * same way (get_oid). Names the batch must not be asked are asked of rev-parse itself: a name with a path in
   * it (`tree-ish:path`, `:path`, a date with a colon), which the batch would resolve following symlinks
   * inside the commit; `@{…}` (upstream, reflog), which can end git instead of answering (no upstream, a
   * reflog too short) and with it every read in flight; a line break (a line of the batch) or NUL.
   */
  private async objectId(name: string, options: readonly string[]): Promise<string | undefined> {
    if (/[:\n\r\0]|@\{/.test(name)) {
      const r = await this.run(['rev-parse', '--verify', '--quiet', ...options, name], { okCodes: [1, 128] })
      return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
    }
    return (await this.batch.read(name, 0))?.oid
  }

  /**
   * Whether cwd is inside a git repository (or its git folder), asked by starting the batch reader, which
   * fails to start outside one (as `git rev-parse --git-dir` does), instead of a process of its own.
   */
  async isRepository(): Promise<boolean> {
    return this.batch.read('HEAD', 0).then(
      () => true,
      () => false,
    )
  }
}
