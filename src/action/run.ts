/**
 * The action's story: read the inputs and the context once, build the client, and hand the event to the
 * part that handles it. Every failure ends as one clear line, never a stack trace.
 */
import * as core from '@actions/core'
import { errorMessage } from '../core/diagnostics.js'
import { createClient, type Api } from '../github/client.js'
import { handleComment } from './bot.js'
import { checkPullRequest, pullRequestOf } from './check-pull-request.js'
import { promoteOnPush } from './promote-on-push.js'
import { rollbackOnDispatch } from './rollback-on-dispatch.js'
import { readContext, type ActionContext } from './context.js'
import { getInputs, type Inputs } from './inputs.js'

export interface RunDeps {
  readonly inputs?: Inputs
  readonly context?: ActionContext
  readonly client?: (inputs: Inputs, ctx: ActionContext) => Api
}

export async function run(deps: RunDeps = {}): Promise<void> {
  try {
    const inputs = deps.inputs ?? getInputs()
    core.setSecret(inputs.token)
    const ctx = deps.context ?? readContext()
    const api = (deps.client ?? defaultClient)(inputs, ctx)
    switch (ctx.eventName) {
      case 'pull_request':
      case 'pull_request_target': {
        const outcome = await checkPullRequest(api, ctx, inputs, pullRequestOf(ctx))
        if (outcome.failed)
          core.setFailed(`Model Gate: ${outcome.report.verdict} (fail-on: ${inputs.failOn})`)
        return
      }
      case 'push': {
        const { failed } = await promoteOnPush(api, ctx, inputs)
        if (failed) core.setFailed('Model Gate: not every changed model was promoted (see the job summary)')
        return
      }
      case 'workflow_dispatch':
        await rollbackOnDispatch(api, ctx, inputs)
        return
      case 'issue_comment': {
        const { failed } = await handleComment(api, ctx, inputs)
        if (failed) core.setFailed('Model Gate: the gate still fails after this command')
        return
      }
      default:
        core.setFailed(
          `Model Gate does not handle the '${ctx.eventName}' event; use pull_request, pull_request_target, push, workflow_dispatch or issue_comment`,
        )
    }
  } catch (error) {
    core.setFailed(`Model Gate: ${errorMessage(error)}`)
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
  }
}

function defaultClient(inputs: Inputs, ctx: ActionContext): Api {
  return createClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => core.info(m) })
}
