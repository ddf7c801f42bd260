/** `model-gate status`: every model, its production version, since when, by whom and from which registry. */
import { errorMessage } from '../../core/diagnostics.js'
import { gtoState, type GtoModelState, type GtoState } from '../../core/gto/state.js'
import { parseGtoTag, type GtoTag } from '../../core/gto/tags.js'
import { parseRegistryEntry, REGISTRY_DIR, type RegistryEntry } from '../../core/registry.js'
import {
  renderStatusMarkdown,
  renderStatusText,
  statusToJson,
  type StatusReport,
  type StatusRow,
} from '../../core/report/status.js'
import { modelsAt, type ModelAt } from '../../gate/models-at.js'
import { GitBranchStore } from '../../registry/git-branch-store.js'
import { GitTagStore } from '../../registry/git-tag-store.js'
import { UsageError } from '../args.js'
import type { Context } from '../context.js'
import { commitOf } from '../default-branch.js'
import { openProduction, registryStore } from '../production.js'

export async function status(ctx: Context): Promise<number> {
  const [ref, ...rest] = ctx.options.positionals
  if (rest.length) throw new UsageError(`status takes at most one REF (got '${rest[0]}')`)
  const production = await openProduction(ctx)
  if (production.fixed) {
    throw new UsageError('with --registry base, production is the default branch itself: see its manifests')
  }
  const commit = await commitOf(ctx, ref)
  if (production.stage === undefined) {
    const models = await modelsAt(ctx.source, commit, ctx.options.manifests)
    return print(ctx, await branchStatus(ctx, commit, models))
  }
  // A DVC model with no model.yaml takes the version GTO registered at the commit, else the commit label.
  const tags = await new GitTagStore(ctx.git).list((name) => parseGtoTag(name) !== undefined)
  const state = gtoState(tags)
  const registered = (name: string) =>
    state.models.find((m) => m.model === name)?.versions.find((v) => v.registered && v.commit === commit)
      ?.version
  const models = await modelsAt(ctx.source, commit, ctx.options.manifests, registered)
  return print(ctx, gtoStatus(ctx, commit, models, tags, state))
}

function print(ctx: Context, report: StatusReport): number {
  if (ctx.options.format === 'json') ctx.out(JSON.stringify(statusToJson(report), null, 2) + '\n')
  else if (ctx.options.format === 'markdown') ctx.out(renderStatusMarkdown(report))
  else ctx.out(renderStatusText(report))
  return report.errors.length ? 1 : 0
}

/** The rows of the models declared at the commit that the registry does not know, and the manifest errors. */
function addDeclared(rows: Map<string, StatusRow>, models: readonly ModelAt[], errors: string[]): void {
  for (const m of models) {
    for (const e of m.errors ?? []) errors.push(e.message)
    if (m.name === undefined) continue
    const row = rows.get(m.name) ?? { model: m.name }
    const declared = m.version?.manifest.version
    rows.set(m.name, { ...row, path: m.path, ...(declared ? { declared } : {}) })
  }
}

function sorted(rows: Map<string, StatusRow>): StatusRow[] {
  return [...rows.values()].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0))
}

async function branchStatus(ctx: Context, commit: string, models: readonly ModelAt[]): Promise<StatusReport> {
  const branch = ctx.options.registryBranch
  const store = registryStore(ctx)
  const tip = (await store.tip()).parent
  const rows = new Map<string, StatusRow>()
  const errors: string[] = []
  if (tip) {
    const files = (await ctx.source.listFiles(tip)).filter(
      (p) => p.startsWith(`${REGISTRY_DIR}/`) && p.endsWith('.json'),
    )
    for (const path of files.sort()) {
      const entry = await readEntry(store, tip, path, errors)
      if (entry) rows.set(entry.name, rowOfEntry(entry))
    }
  }
  addDeclared(rows, models, errors)
  return {
    registry: { kind: 'branch', branch, found: tip !== undefined },
    commit,
    models: sorted(rows),
    errors,
  }
}

async function readEntry(store: GitBranchStore, tip: string, path: string, errors: string[]) {
  try {
    const text = await store.readFile(tip, path)
    return text === undefined ? undefined : parseRegistryEntry(text, `${store.branch}:${path}`)
  } catch (error) {
    errors.push(errorMessage(error))
    return undefined
  }
}

function rowOfEntry(entry: RegistryEntry): StatusRow {
  const p = entry.production
  if (!p) return { model: entry.name }
  return {
    model: entry.name,
    production: {
      version: p.version,
      since: p.since,
      by: p.actor,
      event: p.event,
      ...(p.commit ? { commit: p.commit } : {}),
    },
  }
}

function gtoStatus(
  ctx: Context,
  commit: string,
  models: readonly ModelAt[],
  tags: readonly GtoTag[],
  state: GtoState,
): StatusReport {
  const stage = ctx.options.productionStage
  const rows = new Map<string, StatusRow>()
  for (const model of state.models) {
    if (!model.deprecated) rows.set(model.model, rowOfGto(model, stage, tags))
  }
  const errors: string[] = []
  addDeclared(rows, models, errors)
  return { registry: { kind: 'gto', stage }, commit, models: sorted(rows), errors }
}

function rowOfGto(model: GtoModelState, stage: string, tags: readonly GtoTag[]): StatusRow {
  const stages: Record<string, string> = {}
  for (const s of model.stages) if (s.current) stages[s.stage] = s.current.version
  const holder = model.stages.find((s) => s.stage === stage)?.current
  const by = holder ? tags.find((t) => t.name === holder.tag)?.tagger : undefined
  return {
    model: model.model,
    ...(model.latest ? { latest: model.latest } : {}),
    stages,
    ...(holder
      ? {
          production: {
            version: holder.version,
            since: holder.assignedAt,
            event: 'assign',
            commit: holder.commit,
            tag: holder.tag,
            ...(by ? { by } : {}),
          },
        }
      : {}),
  }
}
