/**
 * Publishing a pull request's result: the sticky comment, the job summary, the outputs and the check run.
 * Everything is rendered first. The check run is written once, with its conclusion, after the job summary and
 * the outputs, so no error can follow a conclusion; an error on the way creates a failure check run that says
 * why instead. The comment is written side by side with them: its outcome changes neither the check run nor
 * the outputs (a comment that could not be written fails the job, as before any conclusion), so its two
 * requests need not wait for the others, nor the others for them.
 */
import * as runner from './runner.js'
import type { RunReport } from '../core/report/types.js'
import { errorMessage } from '../core/diagnostics.js'
import { escapeMarkdown } from '../core/report/escape.js'
import { completeCheckRun, createCheckRun, type CheckRun } from '../github/checks.js'
import type { Api } from '../github/client.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import type { PullRequestInfo } from './pull-request.js'
import { renderResult } from './rendered-result.js'
import { readSticky, upsertStickyComment } from './sticky-comment.js'
import type { HeadAndComment } from '../github/head-and-comment.js'
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
  // The head and the sticky comment are read while the result renders: the read the comment's write acts
  // on is then as old as the rendering, not older. A failure shows where the write awaits it. The rendering
  // waits one turn of the event loop, so that the request is on its way before it starts.
  const reading = inputs.comment
    ? readSticky(api, ctx.repo, { pull: pr.number, headSha: pr.headSha })
    : undefined
  reading?.catch(() => undefined)
  if (reading) await new Promise((turn) => setImmediate(turn))
  try {
    const result = renderResult(report, inputs, ctx, pr, changedPaths)
    // Never rejects: writes.attempt reports what fails.
    const comment = reading
      ? writeComment(api, ctx, pr, writes, {
          body: result.comment,
          createIfMissing: report.verdict !== 'skip',
          reading,
        })
      : undefined
    try {
      await writes.attempt('job summary', () => runner.appendSummary(result.jobSummary))
      for (const [name, value] of Object.entries(result.outputs)) runner.setOutput(name, value)
      for (const notice of result.notices) runner.notice(notice)
      await writeCheckRun(api, ctx, inputs, pr, writes, result.check)
    } finally {
      await comment
    }
  } catch (error) {
    await stopCheckRun(api, ctx, inputs, pr, writes, undefined, error)
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
  comment: { body: string; createIfMissing: boolean; reading: Promise<HeadAndComment> },
): Promise<void> {
  const { body, createIfMissing, reading } = comment
  const outcome = await writes.attempt('comment', () =>
    upsertStickyComment(
      api,
      ctx.repo,
      { pull: pr.number, headSha: pr.headSha, body, createIfMissing },
      reading,
    ),
  )
  if (outcome?.kind === 'stale') {
    runner.notice(
      `The pull request's head is now ${outcome.currentHead.slice(0, 12)}; this run checked ${pr.headSha.slice(0, 12)}, so it leaves the comment to the newer run.`,
    )
  }
}

/**
 * The check run, with its conclusion. Past 50 annotations it is created in progress and concluded with the
 * last 50: if a request in between fails, the run ends as a failure that says why.
 */
async function writeCheckRun(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
  writes: Writes,
  check: CheckRun,
): Promise<void> {
  let id: number | undefined
  await writes.attempt('check run', async () => {
    try {
      await createCheckRun(api, ctx.repo, check, (created) => (id = created))
    } catch (error) {
      if (id !== undefined) await stopCheckRun(api, ctx, inputs, pr, writes, id, error)
      throw error
    }
  })
}

/** An error the check run already reports (a failure check run says why): not reported again. */
export class CheckRunStopped extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause })
    this.name = 'CheckRunStopped'
  }
}

/**
 * An error before the conclusion: a failure check run that says why, never a success. It completes the run
 * `checkId` when one is in progress, and creates one otherwise.
 */
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
