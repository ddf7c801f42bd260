/** The CLI's check with a registry branch that is not there, locally or as origin's: said out loud. */
import type { RunReport } from '../core/compare.js'
import { registryMissingMessage, withMissingRegistry } from '../core/fail-on.js'
import { GitBranchStore } from '../registry/git-branch-store.js'
import type { Context } from './context.js'

export async function saidOutLoud(ctx: Context, report: RunReport): Promise<RunReport> {
  const { registry, registryBranch, failOn } = ctx.options
  if (registry !== 'branch') return report
  const tip = await new GitBranchStore(ctx.git, registryBranch).tip()
  if (tip.parent) return report
  const said = withMissingRegistry(report, registryBranch, failOn)
  if (said.registryMissing && ctx.options.format !== 'text') {
    ctx.err(`model-gate: ${registryMissingMessage(registryBranch)}\n`)
  }
  return said
}
