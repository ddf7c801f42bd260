/** The CLI's check with a registry branch that is not there, locally or as origin's: said out loud. */
import type { RunReport } from '../core/report/types.js'
import { registryMissingMessage, withMissingRegistry } from '../core/fail-on.js'
import type { Production } from '../gate/ports.js'
import type { Context } from './context.js'

export async function saidOutLoud(
  ctx: Context,
  production: Production,
  report: RunReport,
): Promise<RunReport> {
  const branch = await production.missingRegistry?.()
  if (branch === undefined) return report
  const said = withMissingRegistry(report, branch, ctx.options.failOn)
  if (said.registryMissing && ctx.options.format !== 'text') {
    ctx.err(`model-gate: ${registryMissingMessage(branch)}\n`)
  }
  return said
}
