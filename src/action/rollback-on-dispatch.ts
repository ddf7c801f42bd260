/**
 * On workflow_dispatch: production of one model moves back to a version from its history. The job summary
 * shows the two versions side by side; the outputs feed a deploy step. Unknown model or version: a clear
 * error and the registry untouched.
 */
import * as core from '@actions/core'
import { compareModel } from '../core/compare.js'
import { nameProblem } from '../core/names.js'
import { reasonProblem } from '../core/reason.js'
import { DEFAULT_POLICY } from '../core/policy.js'
import type { PlainMap } from '../core/document.js'
import { RegistryError, registryPath, type RegistryEvent } from '../core/registry.js'
import { escapeMarkdown as esc } from '../core/report/escape.js'
import { renderRollback } from '../core/report/rollback.js'
import { rollback } from '../gate/lifecycle.js'
import { findModelVersion, manifestFromSnapshot, metricsFromRecord } from '../gate/model-version.js'
import type { Api } from '../github/client.js'
import { gtoRegistryOf, registryOf, taggerOf } from './check-pull-request.js'
import { GitHubSource } from '../github/source.js'
import type { ModelVersion } from '../core/compare.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'

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
  if (inputs.registry === 'base') {
    throw new DispatchError(
      "with registry 'base', production is the default branch itself: revert the commit instead of rolling back",
    )
  }
  const { model, version, reason } = dispatchInputs(ctx, inputs)
  if (inputs.registry === 'gto') return rollbackGto(api, ctx, inputs, model, version, reason)
  const result = await rollback(registryOf(api, ctx, inputs), model, {
    ...(version ? { to: version } : {}),
    reason,
    actor: ctx.actor,
    at: new Date().toISOString(),
    run: ctx.runUrl,
  })
  const production = result.entry.production
  if (result.outcome === 'current' && production) {
    await core.summary
      .addRaw(
        `## Model Gate: ${esc(model)} is already at \`${production.version}\`\n\nProduction is version \`${production.version}\`${production.commit ? ` from commit \`${production.commit.slice(0, 12)}\`` : ''}: nothing was written.\n`,
      )
      .write()
    core.info(`Model Gate: ${model} is already at ${production.version}; nothing was written`)
    setRollbackOutputs(model, production)
    return
  }
  const event = result.event
  if (!event?.manifest) throw new RegistryError(`the rollback of '${model}' was not recorded`)
  const replay =
    result.outcome === 'replayed'
      ? `\n> This run already rolled back ${esc(model)} (${event.from ?? '?'} → ${event.version}) at ${esc(event.at, 40)}; this attempt wrote nothing and reports that rollback.\n`
      : ''
  await core.summary
    .addRaw(renderRollbackEvent(model, event, result.entry.history, inputs.registryBranch) + replay)
    .write()
  core.info(
    result.outcome === 'replayed'
      ? `Model Gate: this run already rolled back ${model} from ${event.from} to ${event.version} at ${event.at}; nothing was written`
      : `Model Gate: rolled back ${model} from ${event.from} to ${event.version} (${result.commit?.slice(0, 12) ?? ''})`,
  )
  setRollbackOutputs(model, { ...event, manifest: event.manifest })
}

function setRollbackOutputs(model: string, to: { version: string; manifest: PlainMap; commit?: string }) {
  core.setOutput('model', model)
  core.setOutput('version', to.version)
  core.setOutput('manifest', JSON.stringify(to.manifest))
  core.setOutput('commit', to.commit ?? '')
}

/** The job summary of a rollback event: the version restored beside the version left. */
function renderRollbackEvent(
  model: string,
  event: RegistryEvent,
  history: readonly RegistryEvent[],
  branch: string,
): string {
  const at = history.indexOf(event)
  const left = history
    .slice(0, at < 0 ? history.length : at)
    .reverse()
    .find((e) => e.type !== 'accept' && e.manifest && e.version === event.from)
  const file = `${branch}:${registryPath(model)}`
  const restored = {
    manifest: manifestFromSnapshot(event.manifest ?? {}, file),
    metrics: metricsFromRecord(event.metrics ?? {}, file),
  }
  const comparison = left?.manifest
    ? compareModel({
        candidate: restored,
        baseline: {
          manifest: manifestFromSnapshot(left.manifest, file),
          metrics: metricsFromRecord(left.metrics ?? {}, file),
          source: 'registry',
        },
        policy: DEFAULT_POLICY,
      })
    : compareModel({ candidate: restored, policy: DEFAULT_POLICY })
  return renderRollback({
    name: model,
    from: event.from ?? '?',
    to: event.version,
    reason: event.reason ?? '',
    actor: event.actor,
    ...(event.commit ? { commit: event.commit } : {}),
    comparison,
  })
}

/** The gto backend: a new GTO assignment tag of the production stage on the earlier version's commit. */
async function rollbackGto(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  model: string,
  version: string | undefined,
  reason: string,
): Promise<void> {
  const source = new GitHubSource(api, ctx.repo)
  const change = await gtoRegistryOf(api, ctx, inputs, source).rollback(
    model,
    version,
    reason,
    taggerOf(ctx),
    ctx.runUrl,
  )
  if (change.outcome === 'current') {
    await core.summary
      .addRaw(
        `## Model Gate: ${esc(model)} is already at \`${change.version}\`\n\nIt holds stage ${esc(inputs.productionStage)} from commit \`${change.commit.slice(0, 12)}\`: no tag was written.\n`,
      )
      .write()
    core.info(
      `Model Gate: ${model} ${change.version} is already in stage ${inputs.productionStage}; no tag was written`,
    )
  }
  const restored = await manifestAt(inputs, source, change.commit, model)
  const left = change.from
    ? await gtoVersionManifest(api, ctx, inputs, source, model, change.from)
    : undefined
  const comparison = restored
    ? compareModel({
        candidate: restored,
        ...(left ? { baseline: { ...left, source: 'gto' } } : {}),
        policy: DEFAULT_POLICY,
      })
    : undefined
  const summary = comparison
    ? renderRollback({
        name: model,
        from: change.from ?? '?',
        to: change.version,
        reason,
        actor: ctx.actor,
        commit: change.commit,
        comparison,
      })
    : `## ⏪ Model Gate: rolled back ${model} to ${change.version}\n\nTag ${change.created.join(', ')}.\n`
  const replay = `\n> This run already rolled back ${esc(model)} (${change.from ?? '?'} → ${change.version}); this attempt wrote no tag and reports that rollback.\n`
  if (change.outcome !== 'current') {
    await core.summary.addRaw(summary + (change.outcome === 'replayed' ? replay : '')).write()
    core.info(
      change.outcome === 'replayed'
        ? `Model Gate: this run already rolled back ${model} from ${change.from} to ${change.version}; no tag was written`
        : `Model Gate: rolled back ${model} from ${change.from} to ${change.version} (tag ${change.created.join(', ')})`,
    )
  }
  core.setOutput('model', model)
  core.setOutput('version', change.version)
  core.setOutput('manifest', restored ? JSON.stringify(restored.manifest.snapshot) : '')
  core.setOutput('commit', change.commit)
}

async function gtoVersionManifest(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
  source: GitHubSource,
  model: string,
  version: string,
): Promise<ModelVersion | undefined> {
  const state = await gtoRegistryOf(api, ctx, inputs, source).model(model)
  const v = state?.versions.find((x) => x.version === version)
  return v ? manifestAt(inputs, source, v.commit, model) : undefined
}

/** The model's manifest at a commit, wherever it lives there. */
async function manifestAt(
  inputs: Inputs,
  source: GitHubSource,
  commit: string,
  model: string,
): Promise<ModelVersion | undefined> {
  const found = await findModelVersion(source, commit, model, inputs.manifests)
  return found?.ok ? found.version : undefined
}
