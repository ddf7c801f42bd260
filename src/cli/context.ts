/** What every command is handed: parsed options, the repository, output streams and the clock. */
import { stat } from 'node:fs/promises'
import { isAbsolute, join, posix, relative, sep } from 'node:path'
import { Git } from '../git/git.js'
import { GitSource } from '../git/source.js'
import { readWorkTreeFile } from '../git/work-tree.js'
import { UsageError, type CliOptions } from './args.js'

export interface Output {
  out(text: string): void
  err(text: string): void
  /** out is a terminal that shows colours (a TTY, and NO_COLOR not set). */
  readonly color?: boolean
  /** Resolves once what out was given has been handed on (a large output is written part by part). */
  drained?(): Promise<void>
}

export interface Context extends Output {
  readonly options: CliOptions
  readonly git: Git
  readonly source: GitSource
  now(): string
}

/**
 * The repository is checked by starting its batch reader (which every command then uses to resolve revisions
 * and read files), not by a process of its own.
 */
export async function openContext(options: CliOptions, output: Output, now: () => string): Promise<Context> {
  const git = new Git(options.cwd)
  if (!(await git.isRepository())) {
    git.close()
    throw new UsageError(`${options.cwd} is not inside a git repository`)
  }
  return { ...output, options, git, source: new GitSource(git), now }
}

/** Who is acting: git's author name (config or GIT_AUTHOR_NAME), else the OS user. */
export async function actor(ctx: Context): Promise<string> {
  const r = await ctx.git.run(['var', 'GIT_AUTHOR_IDENT'], { okCodes: [128] })
  const name =
    r.code === 0
      ? r.stdout
          .toString('utf8')
          .replace(/\s*<.*$/s, '')
          .trim()
      : ''
  return name || process.env.USER || process.env.USERNAME || 'unknown'
}

/** A file named on the command line that cannot be read: a usage error, its message led by the path. */
export class FileArgError extends UsageError {
  constructor(path: string, detail: string) {
    super(`${path}: ${detail}`)
  }
}

export interface FileArg {
  /** The path in the repository, shown in messages and used to resolve metrics files. */
  readonly path: string
  readonly text: string
  /** Reads a sibling file the same way (at the same commit, or from the work tree). */
  read(path: string): Promise<string | undefined>
  /** The commit the file was read from; undefined for the work tree (--worktree). */
  readonly commit?: string
  /** Set when the argument named its revision itself (git's REF:path). */
  readonly ref?: string
}

/**
 * A file named on the command line: git's REF:path, or a path read at --head (default HEAD), or with
 * --worktree from the work tree, unsaved edits included. Committed reads follow symlinks only inside the
 * commit, as GitHub does.
 */
export async function readFileArg(ctx: Context, arg: string): Promise<FileArg> {
  const colon = arg.indexOf(':')
  if (colon > 0 && !(await exists(join(ctx.options.cwd, arg)))) {
    const ref = arg.slice(0, colon)
    const path = arg.slice(colon + 1)
    const sha = await ctx.git.resolve(ref)
    if (!sha) throw new UsageError(`unknown revision '${ref}' in '${arg}'`)
    return { ...(await readCommitted(ctx, sha, path, ref)), ref: sha }
  }
  // The top and the prefix (a relative path's) are asked side by side; each is awaited where it was.
  const asking = once(ctx, 'top', () => ctx.git.line(['rev-parse', '--show-toplevel']))
  if (!isAbsolute(arg)) askPrefix(ctx).catch(() => undefined)
  const top = (await asking) || ctx.options.cwd
  const absolute = isAbsolute(arg) ? arg : join(ctx.options.cwd, arg)
  const path = await repositoryPath(ctx, arg, top)
  if (!ctx.options.worktree) {
    const name = ctx.options.head ?? 'HEAD'
    const sha = await once(ctx, `resolve ${name}`, () => ctx.git.resolve(name))
    const hint = ctx.options.command === 'promote' ? '' : ' (no commit yet? --worktree reads the work tree)'
    if (!sha) throw new UsageError(`unknown revision '${name}'${hint}`)
    return readCommitted(ctx, sha, path, name, absolute)
  }
  const text = await readWorkTreeFile(absolute, arg, top)
  if (text === undefined) throw new UsageError(`cannot read '${arg}'`)
  return { path, text, read: (p) => readWorkTreeFile(join(top, p), p, top) }
}

/**
 * What one command asks git about the repository (its top, the current directory's prefix, the commit a
 * name resolves to) does not change while it runs: asked once, for a command given many files.
 */
const asked = new WeakMap<Context, Map<string, Promise<unknown>>>()

function once<T>(ctx: Context, key: string, ask: () => Promise<T>): Promise<T> {
  const known = asked.get(ctx) ?? new Map<string, Promise<unknown>>()
  asked.set(ctx, known)
  const answer = (known.get(key) as Promise<T> | undefined) ?? ask()
  known.set(key, answer)
  return answer
}

function askPrefix(ctx: Context): Promise<string> {
  return once(ctx, 'prefix', () => ctx.git.line(['rev-parse', '--show-prefix']))
}

/** A command-line path (relative to the current directory, or absolute) as a path in the repository. */
async function repositoryPath(ctx: Context, arg: string, top: string): Promise<string> {
  const given = arg.split(sep).join('/')
  const path = isAbsolute(arg)
    ? relative(top, arg).split(sep).join('/')
    : posix.normalize(`${await askPrefix(ctx)}${given}`)
  if (path === '' || path === '.' || path === '..' || path.startsWith('../') || isAbsolute(path)) {
    throw new UsageError(`'${arg}' is not a file inside the repository`)
  }
  return path
}

async function readCommitted(
  ctx: Context,
  sha: string,
  path: string,
  name: string,
  onDiskAt?: string,
): Promise<FileArg> {
  const text = await ctx.source.readFile(sha, path)
  if (text === undefined) {
    const onDisk = onDiskAt !== undefined && (await exists(onDiskAt))
    const hint = onDisk ? ': commit it, or read the work tree with --worktree' : ''
    throw new FileArgError(path, `does not exist at ${name}${hint}`)
  }
  return { path, text, commit: sha, read: (p) => ctx.source.readFile(sha, p) }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
