/**
 * A registry branch that is not there is said out loud: the comment, the check run, the job summary and the
 * log say "registry branch 'X' not found: every model is treated as new", and by default the run fails.
 */
import * as runner from './runner.js'
import type { RunReport } from '../core/report/types.js'
import { registryMissingMessage, withMissingRegistry } from '../core/fail-on.js'
import type { Production } from '../gate/ports.js'
import type { Inputs } from './inputs.js'

export async function withRegistryPresence(
  production: Production,
  inputs: Inputs,
  report: RunReport,
): Promise<RunReport> {
  const branch = await production.missingRegistry?.()
  if (branch === undefined) return report
  const said = withMissingRegistry(report, branch, {
    level: inputs.failOn,
    missingRegistry: inputs.missingRegistry,
  })
  if (said.registryMissing) runner.warning(registryMissingMessage(branch))
  return said
}
