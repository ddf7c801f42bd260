/** The `model-gate` command line: parse flags once, open the repository, run one command, map to an exit code. */
import { errorMessage, InputError } from '../core/diagnostics.js'
import { VERSION } from '../version.js'
import { parseCli, UsageError, USAGE } from './args.js'
import { commandHelp } from './command-flags.js'
import { startCheck, type CheckCommits } from './check-start.js'
import type { Context, Output } from './context.js'

type Command = (ctx: Context, started?: Promise<CheckCommits>) => Promise<number>

/**
 * Each command is imported when it runs (the bundle gives each its own chunk): a run loads its own command's
 * code only, and `--version` or `--help` none.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).check,
  diff: async () => (await import('./commands/diff.js')).diff,
  validate: async () => (await import('./commands/validate.js')).validate,
  promote: async () => (await import('./commands/promote.js')).promote,
  rollback: async () => (await import('./commands/rollback.js')).rollback,
  history: async () => (await import('./commands/history.js')).history,
  status: async () => (await import('./commands/status.js')).status,
  adopt: async () => (await import('./commands/adopt.js')).adopt,
}

export async function main(argv: readonly string[], output: Output, cwd = process.cwd()): Promise<number> {
  try {
    const options = parseCli(argv, cwd)
    if (options.version) {
      output.out(`model-gate ${VERSION}\n`)
      return 0
    }
    if (options.help || options.command === 'help') {
      const topic = options.command === 'help' ? options.positionals[0] : options.command
      output.out((topic !== undefined && commandHelp(topic)) || USAGE)
      return 0
    }
    // Own properties only: `model-gate constructor` or `toString` is an unknown command, not Object's.
    const load = Object.hasOwn(COMMANDS, options.command) ? COMMANDS[options.command] : undefined
    if (!load) {
      throw new UsageError(options.command ? `unknown command '${options.command}'` : 'no command given')
    }
    if (options.worktree && options.head !== undefined) {
      throw new UsageError('--worktree reads the work tree, --head a commit: give one of them')
    }
    // The repository's reader starts, and the command's first questions to git go out, while its code loads.
    const { openContext } = await import('./context.js')
    const loading = load()
    loading.catch(() => undefined) // a failure shows where it is awaited
    const ctx = await openContext(options, output, () => new Date().toISOString())
    try {
      // The check's first questions: the two commits, then the diff.
      const started = options.command === 'check' ? startCheck(ctx) : undefined
      const command = await loading
      return await command(ctx, started)
    } finally {
      ctx.source.close()
    }
  } catch (error) {
    return await reported(error, output)
  }
}

/**
 * The error's message on stderr and the exit status: 2 for usage and git errors, 1 for the others. The classes
 * of the errors a command's code throws are imported here, not up front: when a command threw one, its module is
 * loaded already.
 */
async function reported(error: unknown, output: Output): Promise<number> {
  if (error instanceof UsageError) {
    output.err(`model-gate: ${error.message}\nRun 'model-gate --help' for usage.\n`)
    return 2
  }
  if (error instanceof InputError) {
    output.err(`model-gate: ${error.message}\n`)
    return 1
  }
  const [{ RegistryError }, { RegistryConflictError }, { GitError }] = await Promise.all([
    import('../core/registry.js'),
    import('../registry/branch-registry.js'),
    import('../git/git.js'),
  ])
  if (error instanceof RegistryError || error instanceof RegistryConflictError) {
    output.err(`model-gate: ${error.message}\n`)
    return 1
  }
  if (error instanceof GitError) {
    output.err(`model-gate: ${error.message}\n`)
    return 2
  }
  output.err(`model-gate: internal error: ${errorMessage(error)}\n`)
  if (process.env.MODEL_GATE_DEBUG && error instanceof Error && error.stack) output.err(`${error.stack}\n`)
  return 1
}
