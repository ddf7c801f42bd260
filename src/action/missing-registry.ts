/**
 * A registry branch that is not there is said out loud: the comment, the check run, the job summary and the
 * log say "registry branch 'X' not found: every model is treated as new", and by default the run fails.
 */
import * as core from '@actions/core'
import type { RunReport } from '../core/compare.js'
import { registryMissingMessage, withMissingRegistry } from '../core/fail-on.js'
import type { Api } from '../github/client.js'
import { GitHubBranchStore } from '../registry/github-branch-store.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'

export async function withRegistryPresence(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  report: RunReport,
): Promise<RunReport> {
  if (inputs.registry !== 'branch') return report
  const tip = await new GitHubBranchStore(api, ctx.repo, inputs.registryBranch).tip()
  if (tip.parent) return report
  const said = withMissingRegistry(report, inputs.registryBranch, {
    level: inputs.failOn,
    missingRegistry: inputs.missingRegistry,
  })
  if (said.registryMissing) core.warning(registryMissingMessage(inputs.registryBranch))
  return said
}
