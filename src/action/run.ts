/**
 * The action's story: read the inputs and the context once, build the client, and hand the event to the
 * part that handles it. Every failure ends as one clear line, never a stack trace. Each event's handler is
 * imported when its event comes (the bundle splits them into chunks): a run loads only its own code.
 */
import * as runner from './runner.js'
import { errorMessage } from '../core/diagnostics.js'
import { escapeMarkdown } from '../core/report/escape.js'
import { createCheckRun } from '../github/checks.js'
import type { Sleep } from '../gate/retry.js'
import { createClient, type Api } from '../github/client.js'
import { listPullFiles } from '../github/pulls.js'
import { readContext, type ActionContext } from './context.js'
import { getInputs, type Inputs } from './inputs.js'
import { pullRequestOf } from './pull-request.js'

/** What a test replaces: the inputs, the context, the client, and the client's sleep and clock (retry waits). */
export interface RunDeps {
  readonly inputs?: Inputs
  readonly context?: ActionContext
  readonly client?: (inputs: Inputs, ctx: ActionContext) => Api
  readonly sleep?: Sleep
  readonly now?: () => number
}

export async function run(deps: RunDeps = {}): Promise<void> {
  try {
    const ctx = deps.context ?? readContext()
    try {
      await handle(deps, ctx)
    } catch (error) {
      fail(error)
      await failingCheck(deps, ctx, error)
    }
  } catch (error) {
    fail(error)
  }
}

function fail(error: unknown): void {
  runner.setFailed(`Model Gate: ${errorMessage(error)}`)
  if (runner.isDebug() && error instanceof Error && error.stack) runner.debug(error.stack)
}

/**
 * An error before the verdict of a pull request (a bad input, a broken registry entry, anything) still
 * leaves a failing check run with the error, when the token can write checks: a required check that never
 * comes would keep the pull request waiting forever.
 */
async function failingCheck(deps: RunDeps, ctx: ActionContext, error: unknown): Promise<void> {
  if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target') return
  const { CheckRunStopped } = await import('./publish.js')
  if (error instanceof CheckRunStopped) return // its own check run already says why
  const headSha = (ctx.payload.pull_request as { head?: { sha?: unknown } } | undefined)?.head?.sha
  const inputs = deps.inputs ?? rawInputs()
  if (typeof headSha !== 'string' || !inputs.token) return
  try {
    const api = clientOf(deps, inputs, ctx)
    await createCheckRun(api, ctx.repo, {
      name: inputs.checkName,
      headSha,
      conclusion: 'failure',
      title: 'Model Gate could not check this pull request',
      summary: `Model Gate stopped before its verdict:\n\n> ${escapeMarkdown(errorMessage(error), 2000)}\n\nFix the cause and re-run the job.`,
      detailsUrl: ctx.runUrl,
      annotations: [],
    })
  } catch (writeError) {
    runner.warning(
      `Model Gate could not create the failing check run ${inputs.checkName}: ${errorMessage(writeError)}`,
    )
  }
}

/** What a failing check needs when the inputs themselves did not parse: the token and the check's name. */
function rawInputs(): Inputs {
  const token = runner.getInput('github-token').trim()
  if (token) runner.setSecret(token)
  return { token, checkName: runner.getInput('check-name').trim() || 'model-gate' } as Inputs
}

async function handle(deps: RunDeps, ctx: ActionContext): Promise<void> {
  const inputs = deps.inputs ?? getInputs()
  runner.setSecret(inputs.token)
  const api = clientOf(deps, inputs, ctx)
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = pullRequestOf(ctx)
      // The first request goes out before the handler's code is loaded: the engine compiles while GitHub
      // lists the files. A failure of the listing shows where the check reads it.
      const files = listPullFiles(api, ctx.repo, pr.number)
      files.catch(() => undefined)
      const { checkPullRequest } = await import('./check-pull-request.js')
      const outcome = await checkPullRequest(api, ctx, inputs, pr, files)
      if (outcome.failed)
        runner.setFailed(`Model Gate: ${outcome.report.verdict} (fail-on: ${inputs.failOn})`)
      return
    }
    case 'push': {
      const { promoteOnPush } = await import('./promote-on-push.js')
      const { failed } = await promoteOnPush(api, ctx, inputs)
      if (failed) runner.setFailed('Model Gate: not every changed model was promoted (see the job summary)')
      return
    }
    case 'workflow_dispatch': {
      const { rollbackOnDispatch } = await import('./rollback-on-dispatch.js')
      await rollbackOnDispatch(api, ctx, inputs)
      return
    }
    case 'issue_comment': {
      const { handleComment } = await import('./bot.js')
      const { failed } = await handleComment(api, ctx, inputs)
      if (failed) runner.setFailed('Model Gate: the gate still fails after this command')
      return
    }
    default:
      runner.setFailed(
        `Model Gate does not handle the '${ctx.eventName}' event; use pull_request, pull_request_target, push, workflow_dispatch or issue_comment`,
      )
  }
}

function clientOf(deps: RunDeps, inputs: Inputs, ctx: ActionContext): Api {
  if (deps.client) return deps.client(inputs, ctx)
  return createClient({
    token: inputs.token,
    baseUrl: ctx.apiUrl,
    log: (m) => runner.info(m),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  })
}
