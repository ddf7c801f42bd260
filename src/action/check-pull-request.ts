/**
 * The pull-request check, as one story: read the changed manifests at the head, the policy and the baseline
 * at the base, compare, then publish the check run, the sticky comment, the job summary and the outputs.
 * Everything is read through the API at exact commits (or, with `source: workspace`, the head from the job's
 * checkout); no code of the pull request runs here.
 */
import * as runner from './runner.js'
import type { RunReport } from '../core/report/types.js'
import { pathMatcher } from '../core/glob.js'
import { runCheck, type CheckResult } from '../gate/check.js'
import type { Api } from '../github/client.js'
import type { PullFile } from '../github/pulls.js'
import { GitHubSource } from '../github/source.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { withRegistryPresence } from './missing-registry.js'
import { jobFails } from './outcome.js'
import { openProduction } from './production.js'
import { publish } from './publish.js'
import type { PullRequestInfo } from './pull-request.js'
import { markMeasuredInRun, WorkspaceSource } from './workspace-source.js'

export interface CheckOutcome {
  readonly report: RunReport
  readonly failed: boolean
}

export async function checkPullRequest(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
  /** The pull request's files, when the run started listing them already. */
  files?: Promise<PullFile[]>,
): Promise<CheckOutcome> {
  const { report, changed } = await evaluatePullRequest(api, ctx, inputs, pr, files)
  await publish(api, ctx, inputs, pr, report, new Set(changed.map((f) => f.path)))
  return { report, failed: jobFails(report.verdict, inputs.failOn) }
}

/** The gate over a pull request, without writing anything. */
export async function evaluatePullRequest(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  pr: PullRequestInfo,
  files?: Promise<PullFile[]>,
): Promise<CheckResult> {
  const remote = new GitHubSource(api, ctx.repo, pr.number, undefined, files)
  const source = inputs.source === 'workspace' ? workspaceSource(remote, ctx, inputs, pr.headSha) : remote
  const production = openProduction(api, ctx, inputs, remote, pr.baseSha, remote.blobs)
  const checked = await runCheck(
    { source, baselines: production, acceptances: production },
    {
      base: pr.baseSha,
      head: pr.headSha,
      manifests: inputs.manifests,
      policyPath: inputs.policy,
      acceptanceSha: pr.headSha,
    },
  )
  const measured =
    source instanceof WorkspaceSource ? markMeasuredInRun(checked.report, source.untracked) : checked.report
  const result = { ...checked, report: await withRegistryPresence(production, inputs, measured) }
  runner.info(
    `Model Gate: ${result.report.verdict} (${result.report.models.length} manifest(s) changed; files listed via ${remote.listing ?? 'n/a'})`,
  )
  return result
}

/** `source: workspace`: the head as the job's checkout has it (GITHUB_WORKSPACE). */
function workspaceSource(api: GitHubSource, ctx: ActionContext, inputs: Inputs, head: string) {
  const dir = process.env.GITHUB_WORKSPACE
  if (!dir) {
    throw new Error(
      "input 'source' is workspace, but GITHUB_WORKSPACE is not set: check out the repository first",
    )
  }
  if (ctx.eventName === 'pull_request_target') {
    runner.warning(
      "source: workspace on pull_request_target runs with a write token: if this job checked out and ran the pull request's code, use pull_request instead",
    )
  }
  return new WorkspaceSource(api, dir, head, pathMatcher(inputs.manifests))
}
