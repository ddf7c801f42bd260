// Thin helpers around the `git` CLI (execFile, never a shell), used by the emulator and by tests that
// build fixture repositories.

import { fork, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export interface GitOptions {
  /** Bytes written to the child's stdin. */
  input?: string | Buffer
  /** Extra environment variables. */
  env?: Record<string, string>
  /** Exit codes that are not errors (the result carries `code`). Default: only 0. */
  okCodes?: number[]
}

export interface GitResult {
  stdout: Buffer
  stderr: string
  code: number
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'GitError'
  }
}

/** Identity used when nothing else is configured, so that commits never depend on the user's config. */
export const FIXTURE_IDENTITY = {
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'fixture@example.com',
  GIT_COMMITTER_NAME: 'Fixture Author',
  GIT_COMMITTER_EMAIL: 'fixture@example.com',
}

const BASE_ENV = {
  // Never read the machine's or the user's configuration, never prompt.
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
}

interface SpawnerAnswer {
  readonly id: number
  readonly code: number
  readonly stdout: Uint8Array
  readonly stderr: Uint8Array
  readonly message?: string
}

/**
 * One small process per test process starts every git process of the emulator (test/emulator/spawner.mjs):
 * a process started by the test process itself would copy its whole memory map, several times the cost.
 * The spawner holds the test process open only while a job is pending.
 */
let spawner: ChildProcess | undefined
const pending = new Map<number, (answer: SpawnerAnswer) => void>()
let jobs = 0

function spawnerProcess(): ChildProcess {
  if (spawner?.connected) return spawner
  const child = fork(fileURLToPath(new URL('./spawner.mjs', import.meta.url)), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {},
  })
  child.on('message', (answer: SpawnerAnswer) => {
    const done = pending.get(answer.id)
    pending.delete(answer.id)
    if (pending.size === 0) child.channel?.unref()
    done?.(answer)
  })
  child.on('exit', () => {
    if (spawner === child) spawner = undefined
    for (const [id, done] of pending) {
      pending.delete(id)
      done({
        id,
        code: -1,
        stdout: new Uint8Array(),
        stderr: new Uint8Array(),
        message: 'the spawner exited',
      })
    }
  })
  child.unref()
  child.channel?.unref()
  spawner = child
  return child
}

/** Runs file with args through the spawner: its exit code (-1 when it could not run) and its output. */
function runThroughSpawner(
  cwd: string,
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  input?: string | Buffer,
): Promise<SpawnerAnswer> {
  const child = spawnerProcess()
  const id = ++jobs
  return new Promise((resolve) => {
    pending.set(id, resolve)
    child.channel?.ref()
    child.send({ id, file, args, cwd, env, ...(input === undefined ? {} : { input }) })
  })
}

/** Runs `git args...` in `cwd` and resolves with its raw output. Rejects with GitError on failure. */
export async function gitRaw(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  const answer = await runThroughSpawner(
    cwd,
    'git',
    args,
    { ...process.env, ...BASE_ENV, ...FIXTURE_IDENTITY, ...options.env },
    options.input,
  )
  const stdout = Buffer.from(answer.stdout.buffer, answer.stdout.byteOffset, answer.stdout.byteLength)
  const err = Buffer.from(answer.stderr).toString('utf8')
  const code = answer.code
  if (code !== 0 && !(options.okCodes ?? []).includes(code)) {
    throw new GitError(
      `git ${args.join(' ')} failed (${code}): ${(err || answer.message || '').trim()}`,
      args,
      code,
      err,
    )
  }
  return { stdout, stderr: err, code }
}

/** Runs git and returns stdout as UTF-8 with the trailing newline removed. */
export async function git(cwd: string, args: string[], options: GitOptions = {}): Promise<string> {
  const { stdout } = await gitRaw(cwd, args, options)
  return stdout.toString('utf8').replace(/\n$/, '')
}

export interface MakeGitRepoOptions {
  /** Initial branch. Default 'main'. */
  branch?: string
  /** Files of an initial commit (none: the repository is left without commits). */
  files?: Record<string, string | Buffer>
  message?: string
  /** Create a bare repository (no work tree). */
  bare?: boolean
}

/**
 * `git init -b main` in `dir` (created if needed), optionally with a first commit (checked out unless bare).
 * Returns its SHA, or null without files.
 */
export async function makeGitRepo(dir: string, options: MakeGitRepoOptions = {}): Promise<string | null> {
  const branch = options.branch ?? 'main'
  await mkdir(dir, { recursive: true })
  await git(dir, ['init', '-q', ...(options.bare ? ['--bare'] : []), '-b', branch])
  await git(dir, ['config', 'user.name', FIXTURE_IDENTITY.GIT_AUTHOR_NAME])
  await git(dir, ['config', 'user.email', FIXTURE_IDENTITY.GIT_AUTHOR_EMAIL])
  await git(dir, ['config', 'commit.gpgsign', 'false'])
  if (!options.files) return null
  const sha = await commitFiles(dir, {
    branch,
    files: options.files,
    message: options.message ?? 'initial commit',
  })
  // fast-import writes objects and the ref only: check the first commit out in a non-bare repository.
  if (!options.bare) await git(dir, ['reset', '-q', '--hard', sha])
  return sha
}

export interface CommitFilesOptions {
  /** Branch to commit on (short name). It is created if missing. */
  branch: string
  /** path -> content; null deletes the path. Paths may be nested ('models/a/manifest.json'). */
  files: Record<string, string | Buffer | null>
  message?: string
  /**
   * Parent commit. Default: the branch's current tip (none for a new branch, unless `from` is set).
   * Use this to fork a new branch from another commit.
   */
  parent?: string
  /** Start from an empty tree instead of the parent's tree. */
  replaceTree?: boolean
  /** Commit date (epoch seconds). Default: now. */
  date?: number
  author?: { name: string; email: string }
  /** Allow a non-fast-forward update of the branch. */
  force?: boolean
}

/**
 * Creates one commit on `branch` with `git fast-import` (a single process, so thousands of files are
 * quick) and returns its SHA. Only objects and the ref are written: a checked-out work tree and the index
 * are left alone.
 */
export async function commitFiles(dir: string, options: CommitFilesOptions): Promise<string> {
  const ref = `refs/heads/${options.branch}`
  let parent = options.parent
  if (parent === undefined) {
    const current = await gitRaw(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      okCodes: [1],
    })
    if (current.code === 0) parent = current.stdout.toString('utf8').trim()
  }
  const who = options.author ?? {
    name: FIXTURE_IDENTITY.GIT_AUTHOR_NAME,
    email: FIXTURE_IDENTITY.GIT_AUTHOR_EMAIL,
  }
  const when = `${options.date ?? Math.floor(Date.now() / 1000)} +0000`
  const message = Buffer.from(options.message ?? 'update files', 'utf8')
  const chunks: Buffer[] = []
  const text = (s: string) => chunks.push(Buffer.from(s, 'utf8'))
  text(`commit ${ref}\n`)
  text(`author ${who.name} <${who.email}> ${when}\n`)
  text(`committer ${who.name} <${who.email}> ${when}\n`)
  text(`data ${message.length}\n`)
  chunks.push(message)
  text('\n')
  if (parent) text(`from ${parent}\n`)
  if (options.replaceTree) text('deleteall\n')
  for (const [path, content] of Object.entries(options.files)) {
    if (path.includes('\n') || path.startsWith('"'))
      throw new Error(`unsupported path ${JSON.stringify(path)}`)
    if (content === null) {
      text(`D ${path}\n`)
      continue
    }
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')
    text(`M 100644 inline ${path}\n`)
    text(`data ${data.length}\n`)
    chunks.push(data)
    text('\n')
  }
  text('done\n')
  await gitRaw(dir, ['fast-import', '--quiet', '--done', ...(options.force ? ['--force'] : [])], {
    input: Buffer.concat(chunks),
  })
  return git(dir, ['rev-parse', `${ref}^{commit}`])
}

/** Resolves a revision to a full SHA (throws if it does not exist). */
export function revParse(dir: string, rev: string): Promise<string> {
  return git(dir, ['rev-parse', '--verify', rev])
}

/**
 * Runs `git cat-file --batch` over `shas` and returns each object's type and content (null if missing).
 */
export async function catFileBatch(
  dir: string,
  shas: string[],
): Promise<Map<string, { type: string; content: Buffer } | null>> {
  const { stdout: buf } = await gitRaw(dir, ['cat-file', '--batch'], {
    input: shas.map((s) => `${s}\n`).join(''),
  })
  const result = new Map<string, { type: string; content: Buffer } | null>()
  let pos = 0
  for (const sha of shas) {
    const eol = buf.indexOf(0x0a, pos)
    if (eol < 0) break
    const header = buf.subarray(pos, eol).toString('utf8')
    pos = eol + 1
    const parts = header.split(' ')
    if (parts[1] === 'missing' || parts[1] === 'ambiguous' || parts.length < 3) {
      result.set(sha, null)
      continue
    }
    const size = Number(parts[2])
    result.set(sha, { type: parts[1] ?? '', content: buf.subarray(pos, pos + size) })
    pos += size + 1
  }
  return result
}
