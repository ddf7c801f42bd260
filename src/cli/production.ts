/** The backend wiring of the CLI: where production lives, picked once from --registry, over local git. */
import type { Production } from '../gate/ports.js'
import { BaseCommitBaselines } from '../registry/base-baselines.js'
import { BranchProduction } from '../registry/branch-production.js'
import { BranchRegistry } from '../registry/branch-registry.js'
import { GitBranchStore } from '../registry/git-branch-store.js'
import type { Context } from './context.js'

/**
 * The registry branch, local (else origin's), read through the source's open `git cat-file --batch`, not a
 * process per entry.
 */
export function registryStore(ctx: Context): GitBranchStore {
  return new GitBranchStore(ctx.git, ctx.options.registryBranch, 'origin', ctx.source)
}

/**
 * Production for this command. base: the commit `check` compares with; only the `base` backend reads it
 * (the other commands never read a baseline of it). Acceptances live on the registry branch. The GTO backend's
 * code is imported only when it is the one asked for: the others never load it.
 */
export async function openProduction(ctx: Context, base = 'HEAD'): Promise<Production> {
  const { options } = ctx
  const branch = new BranchProduction(new BranchRegistry(registryStore(ctx)))
  if (options.registry === 'base') return new BaseCommitBaselines(ctx.source, base, options.manifests, branch)
  if (options.registry === 'gto') {
    const [{ GitTagStore }, { GtoProduction }, { GtoRegistry }] = await Promise.all([
      import('../registry/git-tag-store.js'),
      import('../registry/gto-production.js'),
      import('../registry/gto-registry.js'),
    ])
    const tags = new GtoRegistry(
      new GitTagStore(ctx.git),
      ctx.source,
      options.productionStage,
      options.manifests,
    )
    return new GtoProduction(tags, branch, ctx.source, options.manifests)
  }
  return branch
}
