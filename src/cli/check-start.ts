/**
 * What `check` asks git first, asked by main while the check's own code loads: the head and base commits,
 * then the diff between them (GitSource.prefetchChanges). Its own module, small, so that main holds it without
 * holding the check.
 */
import { UsageError } from './args.js'
import type { Context } from './context.js'
import { commitOf } from './default-branch.js'

export interface CheckCommits {
  readonly head: string
  readonly base: string
}

/**
 * The two commits, as check takes them: both asked at once (one round trip of the batch reader), an unknown
 * head reported before a base problem. A rejection is left to the check to report, after its own usage checks.
 */
export function startCheck(ctx: Context): Promise<CheckCommits> {
  const commits = resolveBoth(ctx)
  commits.catch(() => undefined)
  return commits
}

async function resolveBoth(ctx: Context): Promise<CheckCommits> {
  const { options, git } = ctx
  const [headState, baseState] = await Promise.allSettled([
    git.resolve(options.head ?? 'HEAD'),
    commitOf(ctx, options.base, '--base'),
  ])
  const head = settled(headState)
  if (!head) throw new UsageError(`unknown revision '${options.head ?? 'HEAD'}'`)
  const base = settled(baseState)
  // The diff runs while the rest loads and the registry and the check are set up.
  ctx.source.prefetchChanges(base, head)
  return { head, base }
}

function settled<T>(state: PromiseSettledResult<T>): T {
  if (state.status === 'rejected') throw state.reason
  return state.value
}
