/** The backend wiring of the action: where production lives, picked once from the `registry` input. */
import type { Production, SourceReader } from '../gate/ports.js'
import type { BlobReader } from '../github/blobs.js'
import type { Api } from '../github/client.js'
import { BaseCommitBaselines } from '../registry/base-baselines.js'
import { BranchProduction } from '../registry/branch-production.js'
import { BranchRegistry } from '../registry/branch-registry.js'
import { GitHubBranchStore } from '../registry/github-branch-store.js'
import { GitHubTagStore } from '../registry/github-tag-store.js'
import { GtoProduction } from '../registry/gto-production.js'
import { GtoRegistry } from '../registry/gto-registry.js'
import { BOT_IDENTITY } from '../core/identity.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'

/**
 * Production for this run. base: the commit the check compares with (the pull request's base, or the
 * commit before a push); only the `base` backend reads it. Acceptances live on the registry branch.
 */
export function openProduction(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  source: SourceReader,
  base: string,
  /** Reads in GraphQL batches (the pull-request check): the registry branch's entries join them. */
  blobs?: BlobReader,
): Production {
  const branch = new BranchProduction(
    new BranchRegistry(new GitHubBranchStore(api, ctx.repo, inputs.registryBranch, blobs)),
  )
  if (inputs.registry === 'base') return new BaseCommitBaselines(source, base, inputs.manifests, branch)
  if (inputs.registry === 'gto') {
    const tags = new GtoRegistry(
      new GitHubTagStore(api, ctx.repo, BOT_IDENTITY),
      source,
      inputs.productionStage,
      inputs.manifests,
    )
    return new GtoProduction(tags, branch, source, inputs.manifests, taggerOf(ctx))
  }
  return branch
}

/** Who a tag written for this run is by: the actor, with GitHub's no-reply address. */
function taggerOf(ctx: ActionContext) {
  return { name: ctx.actor, email: `${ctx.actor}@users.noreply.github.com` }
}
