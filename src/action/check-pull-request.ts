/**
 * The pull-request check, as one story: read the changed manifests at the head, the policy and the baseline
 * at the base, compare, then write the check run, the sticky comment, the job summary and the outputs.
 * Everything is read through the API at exact commits; no code of the pull request runs.
 */
import * as core from '@actions/core'
import type { RunReport } from '../core/compare.js'
import { errorMessage } from '../core/diagnostics.js'
import { escapeMarkdown } from '../core/report/escape.js'
import { runCheck } from '../gate/check.js'
import type { BaselineSource } from '../gate/ports.js'
import { completeCheckRun, createCheckRun } from '../github/checks.js'
import type { Api } from '../github/client.js'
import { GitHubSource } from '../github/source.js'
import { BaseCommitBaselines } from '../registry/base-baselines.js'
import { BranchRegistry } from '../registry/branch-registry.js'
import { GitHubBranchStore } from '../registry/github-branch-store.js'
import { GitHubTagStore } from '../registry/github-tag-store.js'
import { GtoRegistry } from '../registry/gto-registry.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { jobFails } from './outcome.js'
import { withRegistryPresence } from './missing-registry.js'
import { markMeasuredInRun, WorkspaceSource } from './workspace-source.js'
import { pathMatcher } from '../core/glob.js'
import { renderResult } from './rendered-result.js'
import { upsertStickyComment } from './sticky-comment.js'
import { Writes } from './writes.js'

export interface PullRequestInfo {
  readonly number: number
  readonly baseSha: string
  readonly headSha: string
  readonly fork: boolean
}

export function pullRequestOf(ctx: ActionContext): PullRequestInfo {
  const pr = ctx.payload.pull_request as
    | {
        number?: number
        base?: { sha?: string }
        head?: { sha?: string; repo?: { full_name?: string } | null }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
    throw new Error(`the ${ctx.eventName} payload has no pull_request with number, base.sha and head.sha`)
  }
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    fork: isFork(ctx, pr.head.repo?.full_name),
  }
}

/** A head repository other than this one: a fork. */
export function isFork(ctx: ActionContext, headRepository: string | undefined): boolean {
  return headRepository !== undefined && headRepository !== `${ctx.repo.owner}/${ctx.repo.repo}`
}

export function registryOf(api: Api, ctx: ActionContext, inputs: Inputs): BranchRegistry {
  return new BranchRegistry(new GitHubBranchStore(api, ctx.repo, inputs.registryBranch))
}

export function baselinesFor(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  source: GitHubSource,
  baseSha: string,
): BaselineSource {
  if (inputs.registry === 'base') return new BaseCommitBaselines(source, baseSha, inputs.manifests)
  if (inputs.registry === 'gto') return gtoRegistryOf(api, ctx, inputs, source)
  return registryOf(api, ctx, inputs)
}

export function gtoRegistryOf(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  source: GitHubSource,
): GtoRegistry {
  const tagger = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' }
  return new GtoRegistry(
    new GitHubTagStore(api, ctx.repo, tagger),
    source,
    inputs.productionStage,
    inputs.manifests,
  )
}

/** Who a tag written for this run is by: the actor, with GitHub's no-reply address. */
export function taggerOf(ctx: ActionContext) {
  return { name: ctx.actor, email: `${ctx.actor}@users.noreply.github.com` }
}

export interface CheckOutcome {
  readonly report: RunReport
  readonly failed: boolean
}

/** The gate over a pull request, without writing anything. Acceptances live on the registry branch. */
export async function evaluatePullRequest(api: Api, ctx: ActionContext, inputs: Inputs, pr: PullRequestInfo) {
  const remote = new GitHubSource(api, ctx.repo, pr.number)
  const source = inputs.source === 'workspace' ? workspaceSource(remote, ctx, inputs, pr.headSha) : remote
  const checked = await runCheck(
    {
      source,
      baselines: baselinesFor(api, ctx, inputs, remote, pr.baseSha),
      acceptances: registryOf(api, ctx, inputs),
    },
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
  const result = { ...checked, report: await withRegistryPresence(api, ctx, inputs, measured) }
  core.info(
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
    core.warning(
      "source: workspace on pull_request_target runs with a write token: if this job checked out and ran the pull request's code, use pull_request instead",
    )
  }
  return new WorkspaceSource(api, dir, head, pathMatcher(inputs.manifests))
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

/**
 * Write the check run, the sticky comment, the job summary and the outputs. Everything is rendered first; the
 * check run is created in progress and given its conclusion last, so no error can follow a conclusion, and an
 * error on the way completes it as a failure instead of leaving it behind.
 */
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
