/**
 * Publishing a pull request's result: the check run, the sticky comment, the job summary and the outputs.
 * Everything is rendered first; the check run is created in progress and given its conclusion last, so no
 * error can follow a conclusion, and an error on the way completes it as a failure instead of leaving it behind.
 */
import * as core from '@actions/core'
import type { RunReport } from '../core/report/types.js'
import { errorMessage } from '../core/diagnostics.js'
import { escapeMarkdown } from '../core/report/escape.js'
import { completeCheckRun, createCheckRun } from '../github/checks.js'
import type { Api } from '../github/client.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import type { PullRequestInfo } from './pull-request.js'
import { renderResult } from './rendered-result.js'
import { upsertStickyComment } from './sticky-comment.js'
import { Writes } from './writes.js'

export async function publish(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
  report: RunReport,
  changedPaths: ReadonlySet<string>,
): Promise<Writes> {
  const writes = new Writes(ctx, pr)
  let checkId: number | undefined
  try {
    const result = renderResult(report, inputs, ctx, pr, changedPaths)
    checkId = await writes.attempt('check run', () => createCheckRun(api, ctx.repo, result.check))
    if (inputs.comment) await writeComment(api, ctx, pr, writes, result.comment, report.verdict !== 'skip')
    await writes.attempt('job summary', () => core.summary.addRaw(result.jobSummary).write())
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
    for (const notice of result.notices) core.notice(notice)
    const id = checkId
    if (id !== undefined) {
      await writes.attempt('check run', () => completeCheckRun(api, ctx.repo, id, result.conclusion))
    }
  } catch (error) {
    await stopCheckRun(api, ctx, inputs, pr, writes, checkId, error)
    throw new CheckRunStopped(error)
  }
  writes.finish()
  return writes
}

async function writeComment(
  api: Api,
  ctx: ActionContext,
  pr: PullRequestInfo,
  writes: Writes,
  body: string,
  createIfMissing: boolean,
): Promise<void> {
  const outcome = await writes.attempt('comment', () =>
    upsertStickyComment(api, ctx.repo, { pull: pr.number, headSha: pr.headSha, body, createIfMissing }),
  )
  if (outcome?.kind === 'stale') {
    core.notice(
      `The pull request's head is now ${outcome.currentHead.slice(0, 12)}; this run checked ${pr.headSha.slice(0, 12)}, so it leaves the comment to the newer run.`,
    )
  }
}

/** An error the check run already reports (it was completed as a failure that says why): not reported again. */
export class CheckRunStopped extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause })
    this.name = 'CheckRunStopped'
  }
}

/** An error before the conclusion: the check run ends as a failure that says why, never as a success. */
async function stopCheckRun(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
  writes: Writes,
  checkId: number | undefined,
  error: unknown,
): Promise<void> {
  const output = {
    title: 'Model Gate stopped with an error',
    summary: `Model Gate stopped before it finished: ${escapeMarkdown(errorMessage(error), 1000)}. See the [run](${ctx.runUrl}).`,
  }
  await writes.attempt<unknown>('check run', () =>
    checkId !== undefined
      ? completeCheckRun(api, ctx.repo, checkId, 'failure', output)
      : createCheckRun(api, ctx.repo, {
          name: inputs.checkName,
          headSha: pr.headSha,
          conclusion: 'failure',
          ...output,
          detailsUrl: ctx.runUrl,
          annotations: [],
        }),
  )
}
