/** The one place that runs the `git` executable. Arguments are passed as an array: no shell, no quoting. */
import { execFile } from 'node:child_process'

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
  constructor(readonly cwd: string) {}

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

  /** The full SHA a ref names, or undefined when it does not resolve. */
  async resolve(ref: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      okCodes: [1, 128],
    })
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
  }

  async refExists(ref: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', ref], { okCodes: [1, 128] })
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
  }
}

export async function isRepository(cwd: string): Promise<boolean> {
  const r = await new Git(cwd).run(['rev-parse', '--git-dir'], { okCodes: [128] }).catch(() => undefined)
  return r?.code === 0
}
