/**
 * On a push to the default branch: every manifest the push changed is registered as production, unless its
 * gate failed and was not accepted (input promote-failed). Each promotion is one compare-and-swap commit on
 * the registry branch, recording the version, the snapshot, the commit, the pull request, the actor, the run.
 */
import * as core from '@actions/core'
import type { ModelReport } from '../core/compare.js'
import { errorMessage } from '../core/diagnostics.js'
import { renderPromotions } from '../core/report/promotion.js'
import { runCheck } from '../gate/check.js'
import { promote } from '../gate/lifecycle.js'
import { loadModelVersion } from '../gate/model-version.js'
import type { Api } from '../github/client.js'
import { pullForCommit } from '../github/commits.js'
import { GitHubSource } from '../github/source.js'
import { containedIn } from '../github/trees.js'
import { baselinesFor, gtoRegistryOf, registryOf, taggerOf } from './check-pull-request.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'

interface PushPayload {
  readonly ref?: string
  readonly before?: string
  readonly after?: string
  readonly deleted?: boolean
  readonly repository?: { readonly default_branch?: string; readonly master_branch?: string }
}

export interface Promotion {
  readonly model: string
  readonly version: string
  readonly outcome: 'promoted' | 'unchanged' | 'skipped' | 'error'
  readonly detail: string
  readonly previous?: string
  /** Skipped because its gate failed without an acceptance: production did not move, and the job says so. */
  readonly gateFailed?: boolean
}

export async function promoteOnPush(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
): Promise<{ failed: boolean; promotions: Promotion[] }> {
  const payload = ctx.payload as PushPayload
  const defaultBranch = payload.repository?.default_branch ?? payload.repository?.master_branch
  if (!payload.after || !payload.before || payload.deleted || payload.ref !== `refs/heads/${defaultBranch}`) {
    core.info(
      `Model Gate: ${payload.ref ?? 'this push'} is not a push to the default branch (${defaultBranch}); nothing to promote.`,
    )
    core.setOutput('verdict', 'skip')
    core.setOutput('promoted', '[]')
    return { failed: false, promotions: [] }
  }
  if (inputs.registry === 'base') {
    core.info(
      "Model Gate: with registry 'base', production is the default branch itself; nothing to promote.",
    )
    core.setOutput('verdict', 'skip')
    core.setOutput('promoted', '[]')
    return { failed: false, promotions: [] }
  }
  const { before, after } = payload
  const source = new GitHubSource(api, ctx.repo)
  const registry = registryOf(api, ctx, inputs)
  const pull = await pullForCommit(api, ctx.repo, after).catch((error: unknown) => {
    core.warning(
      `Model Gate could not find the pull request of ${after.slice(0, 12)}: ${errorMessage(error)}`,
    )
    return undefined
  })
  const { report } = await runCheck(
    {
      source,
      baselines: baselinesFor(api, ctx, inputs, source, before),
      acceptances: registry,
    },
    {
      base: before,
      head: after,
      manifests: inputs.manifests,
      policyPath: inputs.policy,
      acceptanceSha: pull?.headSha ?? after,
    },
  )
  // Whether one commit contains another never changes: each pair is asked of the API once per run.
  const known = new Map<string, Promise<boolean>>()
  const ordered = (commit: string, other: string) => {
    const key = `${commit}...${other}`
    const answer = known.get(key) ?? containedIn(api, ctx.repo, commit, other)
    known.set(key, answer)
    return answer
  }
  const promotions: Promotion[] = []
  for (const m of report.models) {
    const result = await promoteOne(m)
    promotions.push(
      m.baselineVersion && !result.previous ? { ...result, previous: m.baselineVersion } : result,
    )
  }

  async function promoteOne(m: ModelReport): Promise<Promotion> {
    const version = m.candidateVersion ?? ''
    if (m.status === 'removed')
      return {
        model: m.name,
        version: m.baselineVersion ?? '',
        outcome: 'skipped',
        detail: 'manifest removed; production untouched',
      }
    if (m.status === 'invalid') {
      const detail = m.errors.map((e) => e.message).join('; ')
      return { model: m.name, version, outcome: 'error', detail }
    }
    if (m.level === 'fail' && !inputs.promoteFailed) {
      return {
        model: m.name,
        version,
        outcome: 'skipped',
        detail:
          'its gate failed and no acceptance was recorded; set promote-failed: true to promote such versions',
        gateFailed: true,
      }
    }
    try {
      const text = await source.readFile(after, m.path)
      const loaded =
        text === undefined
          ? undefined
          : await loadModelVersion(text, m.path, (p) => source.readFile(after, p))
      if (!loaded?.ok)
        return {
          model: m.name,
          version,
          outcome: 'error',
          detail: `${m.path} could not be read at ${after.slice(0, 12)}`,
        }
      if (inputs.registry === 'gto') {
        const change = await gtoRegistryOf(api, ctx, inputs, source).promote(
          loaded.version,
          after,
          taggerOf(ctx),
          ordered,
        )
        if (change.superseded) return superseded(m, change.superseded)
        return {
          model: m.name,
          version,
          outcome: change.created.length ? 'promoted' : 'unchanged',
          detail: change.created.length
            ? `tags ${change.created.join(', ')}`
            : `already in stage ${inputs.productionStage}`,
          ...(m.baselineVersion ? { previous: m.baselineVersion } : {}),
        }
      }
      const result = await promote(
        registry,
        loaded.version,
        {
          actor: ctx.actor,
          at: new Date().toISOString(),
          commit: after,
          run: ctx.runUrl,
          ...(pull ? { pr: pull.number } : {}),
        },
        ordered,
      )
      if (result.superseded) return superseded(m, result.superseded)
      const outcome = result.commit ? 'promoted' : 'unchanged'
      const detail = result.commit
        ? `${inputs.registryBranch} ${result.commit.slice(0, 12)}${result.attempts > 1 ? ` (after ${result.attempts} attempts)` : ''}`
        : 'already production from this commit'
      return {
        model: m.name,
        version,
        outcome,
        detail,
        ...(m.baselineVersion ? { previous: m.baselineVersion } : {}),
      }
    } catch (error) {
      return { model: m.name, version, outcome: 'error', detail: errorMessage(error) }
    }
  }

  for (const p of promotions) {
    const line = `${p.model} ${p.version}: ${p.outcome} (${p.detail})`
    if (p.outcome === 'error') core.error(`Model Gate could not promote ${line}`)
    else if (p.gateFailed) core.warning(`Model Gate did not promote ${line}`)
    else core.info(line)
  }
  await core.summary.addRaw(renderPromotions(promotions, after, pull?.number)).write()
  core.setOutput('verdict', report.verdict)
  core.setOutput(
    'promoted',
    JSON.stringify(
      promotions.filter((p) => p.outcome === 'promoted').map((p) => ({ model: p.model, version: p.version })),
    ),
  )
  const failed = promotions.some((p) => p.outcome === 'error' || p.gateFailed)
  return { failed, promotions }
}

/** Skipped: production comes from a commit that already contains this push (a newer push landed first). */
function superseded(m: ModelReport, production: { version: string; commit?: string }): Promotion {
  return {
    model: m.name,
    version: m.candidateVersion ?? '',
    outcome: 'skipped',
    detail: `production ${production.version} comes from ${production.commit?.slice(0, 12) ?? '?'}, which already contains this commit`,
    previous: production.version,
  }
}
