/** `/model-gate recheck`: run the check of the pull request's current head again, and publish it. */
import { evaluatePullRequest } from '../check-pull-request.js'
import { jobFails } from '../outcome.js'
import { publish } from '../publish.js'
import { currentPull } from '../pull-request.js'
import { reactTo, type BotResult, type CommandComment } from './reply.js'

export async function recheck(c: CommandComment): Promise<BotResult> {
  await reactTo(c, 'eyes')
  const pr = await currentPull(c.api, c.ctx, c.issue)
  const { report, changed } = await evaluatePullRequest(c.api, c.ctx, c.inputs, pr)
  await publish(c.api, c.ctx, c.inputs, pr, report, new Set(changed.map((f) => f.path)))
  return { outcome: 'rechecked', failed: jobFails(report.verdict, c.inputs.failOn) }
}
