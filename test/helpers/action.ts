/**
 * Runs the action with the environment a GitHub runner sets: GITHUB_* variables, INPUT_* inputs, an event
 * payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. By default the source runs in this process
 * (`run(deps)` of src/action/run.ts) with a sleep that returns at once; `bundle: true` runs the built
 * dist/index.js as a child process instead (the smoke tests, and runs that race each other).
 */
import { execFile, fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { run } from '../../src/action/run.js'
import { DIST, ROOT } from './git-repo.js'

export const ACTION = join(DIST, 'index.js')
export const OWNER = 'acme'
export const REPO = 'models'

export interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  /** ::warning::, ::error::, ::notice:: commands the run printed. */
  readonly commands: { readonly kind: string; readonly message: string }[]
  /** The retry waits (ms) the run asked for, in order; empty for a bundle run, whose waits are real. */
  readonly waits: readonly number[]
}

export interface RunActionOptions {
  readonly apiUrl: string
  readonly event: string
  readonly payload: unknown
  readonly inputs?: Record<string, string>
  readonly sha?: string
  readonly ref?: string
  readonly actor?: string
  readonly runId?: string
  /** Environment set after the runner's own (e.g. a GITHUB_OUTPUT that cannot be written). */
  readonly env?: Record<string, string>
  /** GITHUB_RUN_ATTEMPT: 2 and more for GitHub's "Re-run jobs" of the same run. */
  readonly runAttempt?: string
  /** Run the built dist/index.js in a child process instead of the source in this one. */
  readonly bundle?: boolean
}

interface RunnerFiles {
  readonly dir: string
  readonly event: string
  readonly output: string
  readonly summary: string
}

function runnerFiles(dir: string): RunnerFiles {
  return {
    dir,
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
  }
}

function runnerEnv(options: RunActionOptions, files: RunnerFiles): Record<string, string> {
  const inputs: Record<string, string> = { 'github-token': 'test-token', ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files.dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_RUN_ID: options.runId ?? '1001',
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_ACTOR: options.actor ?? 'alice',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_REF: options.ref ?? '',
    GITHUB_WORKFLOW: 'Model Gate',
    GITHUB_JOB: 'gate',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.dir,
  }
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return Object.assign(env, options.env)
}

function prepare(files: RunnerFiles, options: RunActionOptions): void {
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
}

function result(
  files: RunnerFiles,
  code: number,
  stdout: string,
  stderr: string,
  waits: number[],
): ActionRun {
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    commands: [...stdout.matchAll(/^::(warning|error|notice)(?: [^:]*)?::(.*)$/gm)].map((m) => ({
      kind: m[1] ?? '',
      message: (m[2] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
    })),
    waits,
  }
}

export function runAction(options: RunActionOptions): Promise<ActionRun> {
  return options.bundle ? runBundle(options) : runSource(options)
}

function runBundle(options: RunActionOptions): Promise<ActionRun> {
  const files = runnerFiles(mkdtempSync(join(tmpdir(), 'model-gate-runner-')))
  prepare(files, options)
  const env = runnerEnv(options, files)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ACTION],
      { env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        const run = result(files, code, stdout, stderr, [])
        rmSync(files.dir, { recursive: true, force: true })
        resolve(run)
      },
    )
  })
}

/**
 * Action processes that live for a whole test and run the built bundle once per job: racing runs are real
 * processes, without paying a process start for every run. A process runs one job at a time.
 */
export interface ActionProcesses {
  run(options: RunActionOptions): Promise<ActionRun>
  close(): void
}

export function startActionProcesses(count: number): ActionProcesses {
  const idle: ChildProcess[] = []
  const waiting: ((child: ChildProcess) => void)[] = []
  const children = Array.from({ length: count }, () =>
    fork(join(ROOT, 'test', 'helpers', 'racer.mjs'), [ACTION], {
      env: {},
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  )
  idle.push(...children)
  const release = (child: ChildProcess) => {
    const next = waiting.shift()
    if (next) next(child)
    else idle.push(child)
  }
  let jobs = 0
  return {
    async run(options) {
      const child = idle.shift() ?? (await new Promise<ChildProcess>((r) => waiting.push(r)))
      const files = runnerFiles(mkdtempSync(join(tmpdir(), 'model-gate-runner-')))
      prepare(files, options)
      const id = ++jobs
      try {
        const answer = await new Promise<{ code: number; stdout: string; stderr: string }>(
          (resolve, reject) => {
            const onMessage = (m: { id: number; code: number; stdout: string; stderr: string }) => {
              if (m.id !== id) return
              child.off('message', onMessage)
              child.off('exit', onExit)
              resolve(m)
            }
            const onExit = (code: number | null) => reject(new Error(`the action process exited (${code})`))
            child.on('message', onMessage)
            child.on('exit', onExit)
            child.send({ id, env: runnerEnv(options, files) })
          },
        )
        return result(files, answer.code, answer.stdout, answer.stderr, [])
      } finally {
        rmSync(files.dir, { recursive: true, force: true })
        release(child)
      }
    },
    close() {
      for (const child of children) child.kill()
    },
  }
}

/**
 * One folder of runner files per test process: @actions/core keeps the step summary's path after its
 * first write, so every in-process run of this process uses the same files, emptied before each run.
 */
let processFiles: RunnerFiles | undefined
/** In-process runs share process.env and stdout: they run one at a time. */
let queue: Promise<unknown> = Promise.resolve()

function runSource(options: RunActionOptions): Promise<ActionRun> {
  const next = queue.then(() => runInProcess(options))
  queue = next.catch(() => undefined)
  return next
}

const RUNNER_VARIABLE = /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/

async function runInProcess(options: RunActionOptions): Promise<ActionRun> {
  processFiles ??= runnerFiles(mkdtempSync(join(tmpdir(), 'model-gate-runner-')))
  const files = processFiles
  prepare(files, options)
  const savedEnv = { ...process.env }
  for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) delete process.env[name]
  Object.assign(process.env, runnerEnv(options, files))
  const out: string[] = []
  const err: string[] = []
  const writes = { out: process.stdout.write, err: process.stderr.write }
  process.stdout.write = capture(out)
  process.stderr.write = capture(err)
  const waits: number[] = []
  const savedExitCode = process.exitCode
  process.exitCode = undefined
  core.summary.emptyBuffer()
  try {
    await run({ sleep: async (ms) => void waits.push(ms) })
  } finally {
    process.stdout.write = writes.out
    process.stderr.write = writes.err
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
    Object.assign(process.env, savedEnv)
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = savedExitCode
  return result(files, code, out.join(''), err.join(''), waits)
}

function capture(into: string[]): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
    done?.()
    return true
  }) as typeof process.stdout.write
}

/** GITHUB_OUTPUT's format: name<<DELIMITER, the value's lines, DELIMITER. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m?.[1] || !m[2]) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i] ?? '')
    out[m[1]] = value.join('\n')
  }
  return out
}

/** A pull_request payload: GitHub's own example, with this test's repository, numbers and SHAs. */
export function pullRequestPayload(options: {
  readonly action?: 'opened' | 'synchronize'
  readonly number: number
  readonly baseRef?: string
  readonly baseSha: string
  readonly headRef: string
  readonly headSha: string
  readonly author?: string
  readonly fork?: boolean
}): Record<string, unknown> {
  const action = options.action ?? 'opened'
  const example = JSON.parse(
    readFileSync(join(ROOT, 'test', 'fixtures', 'webhooks', `pull_request.${action}.json`), 'utf8'),
  )
  const full = `${OWNER}/${REPO}`
  const author = options.author ?? 'alice'
  const repository = {
    ...example.repository,
    name: REPO,
    full_name: full,
    owner: { ...example.repository.owner, login: OWNER },
  }
  const headRepo = options.fork
    ? {
        ...repository,
        full_name: `${author}/${REPO}`,
        owner: { ...repository.owner, login: author },
        fork: true,
      }
    : repository
  return {
    ...example,
    action,
    number: options.number,
    repository,
    sender: { ...example.sender, login: author },
    pull_request: {
      ...example.pull_request,
      number: options.number,
      user: { ...example.pull_request.user, login: author },
      base: {
        ...example.pull_request.base,
        ref: options.baseRef ?? 'main',
        sha: options.baseSha,
        repo: repository,
      },
      head: { ...example.pull_request.head, ref: options.headRef, sha: options.headSha, repo: headRepo },
    },
  }
}

function example(name: string) {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'webhooks', `${name}.json`), 'utf8'))
}

function repository(base: Record<string, unknown>, defaultBranch = 'main') {
  return {
    ...base,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { ...(base.owner as object), login: OWNER },
    default_branch: defaultBranch,
  }
}

/** A push payload: GitHub's example, re-aimed at this test's repository and commits. */
export function pushPayload(options: { before: string; after: string; ref?: string; pusher?: string }) {
  const e = example('push')
  return {
    ...e,
    ref: options.ref ?? 'refs/heads/main',
    before: options.before,
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    repository: repository(e.repository),
    pusher: { ...e.pusher, name: options.pusher ?? 'alice' },
    sender: { ...e.sender, login: options.pusher ?? 'alice' },
    head_commit: { ...e.head_commit, id: options.after },
    commits: [],
  }
}

/** A workflow_dispatch payload with the inputs a person filled in on the "Run workflow" form. */
export function dispatchPayload(inputs: Record<string, string>, actor = 'alice') {
  const e = example('workflow_dispatch')
  return {
    ...e,
    inputs,
    ref: 'refs/heads/main',
    repository: repository(e.repository),
    sender: { ...e.sender, login: actor },
  }
}

/** An issue_comment payload on a pull request. */
export function commentPayload(options: {
  readonly action?: 'created' | 'edited'
  readonly pull: number
  readonly commentId: number
  readonly body: string
  readonly login: string
  readonly type?: 'User' | 'Bot'
  readonly association?: string
  readonly createdAt?: string
}) {
  const e = example(`issue_comment.${options.action ?? 'created'}`)
  const user = { ...e.comment.user, login: options.login, type: options.type ?? 'User' }
  return {
    ...e,
    action: options.action ?? 'created',
    repository: repository(e.repository),
    sender: user,
    issue: {
      ...e.issue,
      number: options.pull,
      pull_request: { url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${options.pull}` },
    },
    comment: {
      ...e.comment,
      id: options.commentId,
      body: options.body,
      created_at: options.createdAt ?? new Date().toISOString(),
      updated_at: options.createdAt ?? new Date().toISOString(),
      user,
      // The payload's own claim; the bot must ask the API instead.
      author_association: options.association ?? 'OWNER',
    },
  }
}
