import { GtoRegistry } from '../registry/gto-registry.js'
import { GitTagStore } from '../registry/git-tag-store.js'
import type { Context } from './context.js'

/** The gto backend over the local repository's tags. */
export function gtoRegistry(ctx: Context): GtoRegistry {
  return new GtoRegistry(
    new GitTagStore(ctx.git),
    ctx.source,
    ctx.options.productionStage,
    ctx.options.manifests,
  )
}
