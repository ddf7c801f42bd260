/**
 * On workflow_dispatch: production of one model moves back to a version from its history. The job summary
 * shows the two versions side by side; the outputs feed a deploy step. Unknown model or version: a clear
 * error and the registry untouched.
 */
import * as runner from './runner.js'
import { compareModel } from '../core/compare.js'
import type { PlainMap } from '../core/document.js'
import { nameProblem } from '../core/names.js'
import { DEFAULT_POLICY } from '../core/policy.js'
import { reasonProblem } from '../core/reason.js'
import { renderRollbackResult, rollbackLogLine } from '../core/report/rollback.js'
import type { Api } from '../github/client.js'
import { GitHubSource } from '../github/source.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { openProduction } from './production.js'

export class DispatchError extends Error {}

export function dispatchInputs(ctx: ActionContext, inputs: Inputs) {
  const fromForm = (ctx.payload.inputs ?? {}) as Record<string, unknown>
  const pick = (name: 'model' | 'version' | 'reason') => {
    const value =
      inputs[name] || (typeof fromForm[name] === 'string' ? (fromForm[name] as string).trim() : '')
    return value
  }
  const model = pick('model')
  const version = pick('version')
  const reason = pick('reason')
  if (!model) throw new DispatchError('workflow_dispatch needs the model to roll back (input model)')
  const problem = nameProblem(model)
  if (problem) throw new DispatchError(`model '${model}' ${problem}`)
  if (!reason)
    throw new DispatchError(
      'workflow_dispatch needs a reason (input reason): the registry history records why production moved',
    )
  const tooLong = reasonProblem(reason)
  if (tooLong) throw new DispatchError(`${tooLong} (input reason): nothing was written`)
  return { model, version: version || undefined, reason }
}

export async function rollbackOnDispatch(api: Api, ctx: ActionContext, inputs: Inputs): Promise<void> {
  const production = openProduction(api, ctx, inputs, new GitHubSource(api, ctx.repo), ctx.sha)
  if (production.fixed) {
    throw new DispatchError(
      "with registry 'base', production is the default branch itself: revert the commit instead of rolling back",
    )
  }
  const { model, version, reason } = dispatchInputs(ctx, inputs)
  const result = await production.rollback(model, {
    ...(version ? { to: version } : {}),
    reason,
    actor: ctx.actor,
    at: new Date().toISOString(),
    run: ctx.runUrl,
  })
  const { restored, left } = await result.versions()
  const comparison =
    restored && result.outcome !== 'current'
      ? compareModel({ candidate: restored, ...(left ? { baseline: left } : {}), policy: DEFAULT_POLICY })
      : undefined
  await runner.appendSummary(renderRollbackResult(model, result, comparison, production.stage))
  runner.info(rollbackLogLine(model, result, production.stage))
  setRollbackOutputs(model, result.version, result.snapshot ?? restored?.manifest.snapshot, result.commit)
}

function setRollbackOutputs(model: string, version: string, manifest: PlainMap | undefined, commit?: string) {
  runner.setOutput('model', model)
  runner.setOutput('version', version)
  runner.setOutput('manifest', manifest ? JSON.stringify(manifest) : '')
  runner.setOutput('commit', commit ?? '')
}
