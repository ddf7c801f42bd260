/** The commit the default branch points at: origin/HEAD, else main, else master (as `check` picks its base). */
import { UsageError } from './args.js'
import type { Context } from './context.js'

const DEFAULT_BRANCHES = ['origin/HEAD', 'main', 'master']

/** what: how the missing argument is named in the error (`REF`, `--base`). */
export async function commitOf(ctx: Context, given: string | undefined, what = 'REF'): Promise<string> {
  if (given !== undefined) {
    const sha = await ctx.git.resolve(given)
    if (!sha) throw new UsageError(`unknown revision '${given}'`)
    return sha
  }
  // Asked together (one round trip of the batch reader), the first that resolves taken.
  const shas = await Promise.all(DEFAULT_BRANCHES.map((candidate) => ctx.git.resolve(candidate)))
  const sha = shas.find((s) => s !== undefined)
  if (sha) return sha
  throw new UsageError(`no ${what} given and none of origin/HEAD, main, master exists`)
}
