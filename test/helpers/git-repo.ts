/** Real git repositories for tests, in temporary folders, with an identity no machine setting overrides. */
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** The built bundles: dist/, or MODEL_GATE_DIST (a build elsewhere, for a long test run beside a rebuild). */
export const DIST = process.env.MODEL_GATE_DIST ?? join(ROOT, 'dist')
export const CLI = join(DIST, 'cli', 'index.js')

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

export interface TestRepo {
  readonly dir: string
  git(...args: string[]): string
  /** git with text on standard input (mktree, hash-object --stdin). */
  gitInput(input: string, ...args: string[]): string
  /** git with extra environment (e.g. GIT_COMMITTER_DATE for a tag's date). */
  gitWithEnv(extra: Record<string, string>, ...args: string[]): string
  write(files: Record<string, string>): void
  commit(message: string, files?: Record<string, string>): string
  remove(): void
}

/**
 * A copy of `template` in a folder of its own: its work tree and .git (commits, branches, tags, the registry
 * branch). Copying a template built once is a few milliseconds, where building the same state again runs git
 * and the CLI; a test that writes works on its copy, and no other test sees what it wrote.
 */
export function copyRepo(template: TestRepo): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-test-'))
  cpSync(template.dir, dir, { recursive: true })
  return repoAt(dir)
}

export function makeRepo(prefix = 'model-gate-test-'): TestRepo {
  const repo = repoAt(mkdtempSync(join(tmpdir(), prefix)))
  repo.git('init', '--quiet', '--initial-branch=main')
  return repo
}

/** The repository in dir, as the tests use it. */
function repoAt(dir: string): TestRepo {
  const env = { ...process.env, ...GIT_ENV }
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 << 20 }).trim()
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  return {
    dir,
    git,
    gitWithEnv: (extra, ...args) =>
      execFileSync('git', args, { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8' }).trim(),
    gitInput: (input, ...args) =>
      execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', input }).trim(),
    write,
    commit(message, files = {}) {
      write(files)
      git('add', '--all')
      git('commit', '--quiet', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export interface CliResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Run the CLI: by default its main (src/cli/main.ts) in this process, with the environment set for the
 * call and the output captured; `bundle: true` runs the built dist/cli/index.js as a child process (the
 * smoke test, and runs that race each other).
 */
export function runCli(
  cwd: string,
  args: string[],
  extraEnv: Record<string, string> = {},
  how: { readonly bundle?: boolean } = {},
): Promise<CliResult> {
  if (how.bundle) return runCliBundle(cwd, args, extraEnv)
  const next = cliQueue.then(() => runCliInProcess(cwd, args, extraEnv))
  cliQueue = next.catch(() => undefined)
  return next
}

/** In-process runs share process.env: they run one at a time. */
let cliQueue: Promise<unknown> = Promise.resolve()

async function runCliInProcess(cwd: string, args: string[], extraEnv: Record<string, string>) {
  const { main } = await import('../../src/cli/main.js')
  const saved = { ...process.env }
  Object.assign(process.env, GIT_ENV, extraEnv)
  const out: string[] = []
  const err: string[] = []
  try {
    const code = await main(args, { out: (t) => void out.push(t), err: (t) => void err.push(t) }, cwd)
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
}

function runCliBundle(cwd: string, args: string[], extraEnv: Record<string, string>): Promise<CliResult> {
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { ...process.env, ...GIT_ENV, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolveRun({ code, stdout, stderr })
      },
    )
  })
}
