// Thin helpers around the `git` CLI (execFile, never a shell), used by the emulator and by tests that
// build fixture repositories.

import { fork, spawn, type ChildProcess } from 'node:child_process'
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
  // The environment of every git process: this process's when the spawner starts (the tests change none of
  // the variables git reads while they run), without the machine's and the user's configuration.
  child.send({ env: { ...process.env, ...BASE_ENV, ...FIXTURE_IDENTITY } })
  spawner = child
  return child
}

/** Runs file with args through the spawner: its exit code (-1 when it could not run) and its output. */
function runThroughSpawner(
  cwd: string,
  file: string,
  args: string[],
  env: Record<string, string> | undefined,
  input?: string | Buffer,
): Promise<SpawnerAnswer> {
  const child = spawnerProcess()
  const id = ++jobs
  return new Promise((resolve) => {
    pending.set(id, resolve)
    child.channel?.ref()
    child.send({ id, file, args, cwd, ...(env ? { env } : {}), ...(input === undefined ? {} : { input }) })
  })
}

/** Runs `git args...` in `cwd` and resolves with its raw output. Rejects with GitError on failure. */
export async function gitRaw(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  const answer = await runThroughSpawner(cwd, 'git', args, options.env, options.input)
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

/** What `git cat-file --batch-command` answers for one object: its SHA, type and size (and content when asked). */
export interface BatchObject {
  sha: string
  type: string
  size: number
  content?: Buffer
}

interface BatchRequest {
  readonly contents: boolean
  readonly resolve: (object: BatchObject | null) => void
  readonly reject: (error: Error) => void
}

const FULL_SHA = /^[0-9a-f]{40}(\^\{(commit|tree)\})?$/
/**
 * A full ref name under refs/heads, refs/tags, refs/pull or refs/notes that git reads as that ref and nothing
 * else (no revision syntax, no empty or dot components): git reads a ref's file (or packed-refs, checked
 * for change) afresh at every lookup, so the reader may be asked for it.
 */
export const SIMPLE_REF = /^refs\/(heads|tags|pull|notes)(\/[A-Za-z0-9_#+-][A-Za-z0-9._#+-]*)+$/

/**
 * One long-lived `git cat-file --batch-command` in a repository answers reads of objects named by full SHAs
 * (optionally peeled, `<sha>^{tree}`): an object, once there, stays what it is, and a loose object written
 * by another process after the reader started is found too (git looks a full SHA up on disk each time, and
 * rescans the packs on a miss). A process per read was most of the emulator's git processes. Names that git
 * resolves through caches (abbreviated SHAs, ref names) are not sent here.
 */
export class ObjectReader {
  private child: ChildProcess | undefined
  private readonly waiting: BatchRequest[] = []
  private buffered: Buffer = Buffer.alloc(0)
  private readonly commands: string[] = []

  constructor(readonly dir: string) {}

  /** SHA, type and size of the object (a full SHA, or a ref: SIMPLE_REF), or null when it does not exist. */
  info(name: string): Promise<BatchObject | null> {
    return this.ask(`info ${name}\n`, false)
  }

  /** Type, size and content of the object, or null when it does not exist. */
  contents(name: string): Promise<BatchObject | null> {
    return this.ask(`contents ${name}\n`, true)
  }

  /** Ends the process (it also ends by itself when its standard input closes with the test process). */
  close(): void {
    const child = this.child
    this.child = undefined
    child?.stdin?.end()
    this.fail(new Error('the object reader was closed'))
  }

  private ask(command: string, contents: boolean): Promise<BatchObject | null> {
    const name = command.slice(command.indexOf(' ') + 1, -1)
    if (!FULL_SHA.test(name) && !(command.startsWith('info ') && SIMPLE_REF.test(name)))
      return Promise.reject(new Error(`not a full SHA or a simple full ref name: ${JSON.stringify(command)}`))
    const child = this.process()
    return new Promise((resolve, reject) => {
      this.waiting.push({ contents, resolve, reject })
      if (this.waiting.length === 1) this.hold(child, true)
      // The commands of one tick go in one write.
      this.commands.push(command)
      if (this.commands.length === 1)
        process.nextTick(() => child.stdin?.write(this.commands.splice(0).join('')))
    })
  }

  private process(): ChildProcess {
    if (this.child) return this.child
    const child = spawn('git', ['cat-file', '--batch-command'], {
      cwd: this.dir,
      env: { ...process.env, ...BASE_ENV },
      stdio: ['pipe', 'pipe', 'ignore'],
    })
    this.buffered = Buffer.alloc(0)
    child.stdout?.on('data', (chunk: Buffer) => this.read(chunk))
    child.stdin?.on('error', () => undefined) // the exit below reports it
    const gone = (why: string) => {
      if (this.child !== child) return
      this.child = undefined
      this.fail(new Error(`git cat-file --batch-command in ${this.dir} ${why}`))
    }
    child.on('error', (error) => gone(`could not run: ${error.message}`))
    child.on('exit', (code) => gone(`exited (${code})`))
    this.child = child
    this.hold(child, false)
    return child
  }

  /** The process keeps the test process alive only while an answer is pending. */
  private hold(child: ChildProcess, ref: boolean): void {
    for (const handle of [child, child.stdin, child.stdout] as ({ ref(): void; unref(): void } | null)[]) {
      if (ref) handle?.ref()
      else handle?.unref()
    }
  }

  private fail(error: Error): void {
    for (const request of this.waiting.splice(0)) request.reject(error)
  }

  private read(chunk: Buffer): void {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk
    for (;;) {
      const request = this.waiting[0]
      if (!request) return
      const eol = this.buffered.indexOf(0x0a)
      if (eol < 0) return
      const [sha = '', type = '', size] = this.buffered.subarray(0, eol).toString('utf8').split(' ')
      if (size === undefined) {
        // "<name> missing" or "<name> ambiguous"
        this.buffered = this.buffered.subarray(eol + 1)
        this.answer(null)
        continue
      }
      const object: BatchObject = { sha, type, size: Number(size) }
      if (request.contents) {
        const end = eol + 1 + object.size
        if (this.buffered.length < end + 1) return
        object.content = Buffer.from(this.buffered.subarray(eol + 1, end))
        this.buffered = this.buffered.subarray(end + 1)
      } else this.buffered = this.buffered.subarray(eol + 1)
      this.answer(object)
    }
  }

  private answer(object: BatchObject | null): void {
    this.waiting.shift()?.resolve(object)
    if (this.waiting.length === 0 && this.child) this.hold(this.child, false)
  }
}
