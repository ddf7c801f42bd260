/**
 * The pull-request check, as one story: read the changed manifests at the head, the policy and the baseline
 * at the base, compare, then publish the check run, the sticky comment, the job summary and the outputs.
 * Everything is read through the API at exact commits; no code of the pull request runs.
 */
import * as core from '@actions/core'
import type { RunReport } from '../core/report/types.js'
import { runCheck, type CheckResult } from '../gate/check.js'
import type { Api } from '../github/client.js'
import { GitHubSource } from '../github/source.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { jobFails } from './outcome.js'
import { openProduction } from './production.js'
import { publish } from './publish.js'
import type { PullRequestInfo } from './pull-request.js'

export interface CheckOutcome {
  readonly report: RunReport
  readonly failed: boolean
}

export async function checkPullRequest(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
): Promise<CheckOutcome> {
  const { report, changed } = await evaluatePullRequest(api, ctx, inputs, pr)
  await publish(api, ctx, inputs, pr, report, new Set(changed.map((f) => f.path)))
  return { report, failed: jobFails(report.verdict, inputs.failOn) }
}

/** The gate over a pull request, without writing anything. */
export async function evaluatePullRequest(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
): Promise<CheckResult> {
  const source = new GitHubSource(api, ctx.repo, pr.number)
  const production = openProduction(api, ctx, inputs, source, pr.baseSha)
  const result = await runCheck(
    { source, baselines: production, acceptances: production },
    {
      base: pr.baseSha,
      head: pr.headSha,
      manifests: inputs.manifests,
      policyPath: inputs.policy,
      acceptanceSha: pr.headSha,
    },
  )
  core.info(
    `Model Gate: ${result.report.verdict} (${result.report.models.length} manifest(s) changed; files listed via ${source.listing ?? 'n/a'})`,
  )
  return result
}
