/**
 * On a push to the default branch: every manifest the push changed is registered as production, unless its
 * gate failed and was not accepted (input promote-failed). The story: check the push as a pull request would
 * be checked, plan each model's promotion, promote through the backend, report in the job summary.
 */
import * as runner from './runner.js'
import { errorMessage } from '../core/diagnostics.js'
import { promotionDetail, renderPromotions } from '../core/report/promotion.js'
import { runCheck } from '../gate/check.js'
import { versionAtPath } from '../gate/model-version.js'
import type { ContainedIn } from '../gate/ports.js'
import { planPromotion, promotePlanned, type PromotionResult } from '../gate/promotion.js'
import type { Api } from '../github/client.js'
import { pullForCommit } from '../github/commits.js'
import { GitHubSource } from '../github/source.js'
import { containedIn } from '../github/trees.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { openProduction } from './production.js'

interface PushPayload {
  readonly ref?: string
  readonly before?: string
  readonly after?: string
  readonly deleted?: boolean
  readonly repository?: { readonly default_branch?: string; readonly master_branch?: string }
}

interface Push {
  readonly before: string
  readonly after: string
}

export async function promoteOnPush(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
): Promise<{ failed: boolean; promotions: PromotionResult[] }> {
  const push = pushToDefaultBranch(ctx)
  if (!push) return nothingToPromote()
  const source = new GitHubSource(api, ctx.repo)
  const production = openProduction(api, ctx, inputs, source, push.before, source.blobs)
  if (production.fixed) {
    runner.info(
      "Model Gate: with registry 'base', production is the default branch itself; nothing to promote.",
    )
    return nothingToPromote()
  }
  const { after } = push
  const pull = await pullForCommit(api, ctx.repo, after).catch((error: unknown) => {
    runner.warning(
      `Model Gate could not find the pull request of ${after.slice(0, 12)}: ${errorMessage(error)}`,
    )
    return undefined
  })
  const { report } = await runCheck(
    { source, baselines: production, acceptances: production },
    {
      base: push.before,
      head: after,
      manifests: inputs.manifests,
      policyPath: inputs.policy,
      acceptanceSha: pull?.headSha ?? after,
    },
  )
  const promotions = await promotePlanned(production, planPromotion(report.models, inputs.promoteFailed), {
    head: after,
    // A manifest file, or a model a dvc.yaml declares (`dvc.yaml:NAME`, under the version the check gave it).
    load: async (m) => {
      const loaded = await versionAtPath(source, after, m.path, m.candidateVersion)
      return loaded?.ok ? loaded.version : undefined
    },
    who: {
      actor: ctx.actor,
      at: new Date().toISOString(),
      commit: after,
      run: ctx.runUrl,
      ...(pull ? { pr: pull.number } : {}),
    },
    containedIn: containedInOnce(api, ctx),
    describe: (p) =>
      promotionDetail(p, {
        ...(production.stage ? { stage: production.stage } : {}),
        branch: inputs.registryBranch,
      }),
  })
  await reportPromotions(promotions, after, pull?.number, report.verdict)
  return { failed: promotions.some((p) => p.outcome === 'error' || p.gateFailed), promotions }
}

/** The push's commits, when it is a push to the default branch; undefined for any other push. */
function pushToDefaultBranch(ctx: ActionContext): Push | undefined {
  const payload = ctx.payload as PushPayload
  const defaultBranch = payload.repository?.default_branch ?? payload.repository?.master_branch
  if (!payload.after || !payload.before || payload.deleted || payload.ref !== `refs/heads/${defaultBranch}`) {
    runner.info(
      `Model Gate: ${payload.ref ?? 'this push'} is not a push to the default branch (${defaultBranch}); nothing to promote.`,
    )
    return undefined
  }
  return { before: payload.before, after: payload.after }
}

function nothingToPromote(): { failed: boolean; promotions: PromotionResult[] } {
  runner.setOutput('verdict', 'skip')
  runner.setOutput('promoted', '[]')
  return { failed: false, promotions: [] }
}

/** Whether one commit contains another never changes: each pair is asked of the API once per run. */
function containedInOnce(api: Api, ctx: ActionContext): ContainedIn {
  const known = new Map<string, Promise<boolean>>()
  return (commit, other) => {
    const key = `${commit}...${other}`
    const answer = known.get(key) ?? containedIn(api, ctx.repo, commit, other)
    known.set(key, answer)
    return answer
  }
}

/** One log line per model, the job summary, and the outputs. */
async function reportPromotions(
  promotions: readonly PromotionResult[],
  after: string,
  pr: number | undefined,
  verdict: string,
): Promise<void> {
  for (const p of promotions) {
    const line = `${p.model} ${p.version}: ${p.outcome} (${p.detail})`
    if (p.outcome === 'error') runner.error(`Model Gate could not promote ${line}`)
    else if (p.gateFailed) runner.warning(`Model Gate did not promote ${line}`)
    else runner.info(line)
  }
  await runner.appendSummary(renderPromotions(promotions, after, pr))
  runner.setOutput('verdict', verdict)
  const promoted = promotions.filter((p) => p.outcome === 'promoted')
  runner.setOutput('promoted', JSON.stringify(promoted.map((p) => ({ model: p.model, version: p.version }))))
}
