/** `model-gate history NAME`: which version was production, since when, and who decided. */
import { errorMessage } from '../../core/diagnostics.js'
import { nameProblem } from '../../core/names.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../../core/policy.js'
import { renderHistoryMarkdown } from '../../core/report/history.js'
import { formatTime, formatTimeAgo } from '../../core/report/time.js'
import type { GtoModelState } from '../../core/gto/state.js'
import { entryOf, serializeEntry, type RegistryEntry } from '../../core/registry.js'
import { fullHistory } from '../registry-log.js'
import { alignColumns } from '../../core/report/columns.js'
import { escapeTerminal as esc } from '../../core/report/escape.js'
import { UsageError } from '../args.js'
import type { Context } from '../context.js'
import { openProduction } from '../production.js'
import { byText } from '../../core/text.js'
import { findPolicy } from '../../gate/policy-file.js'

export async function history(ctx: Context): Promise<number> {
  const [name, ...rest] = ctx.options.positionals
  if (name === undefined || rest.length) throw new UsageError('history needs exactly one model NAME')
  const problem = nameProblem(name)
  if (problem) throw new UsageError(`model name '${name}' ${problem}`)
  const production = await openProduction(ctx)
  if (production.stage !== undefined && ctx.options.format === 'markdown') {
    throw new UsageError('history --format markdown charts the branch registry; GTO tags keep no metrics')
  }
  if (production.fixed) {
    throw new UsageError('with --registry base there is no production history: see git log of the manifest')
  }
  const history = await production.history(name)
  if (!history) {
    ctx.err(
      production.stage !== undefined
        ? `no GTO tags for '${name}'\n`
        : `no registry entry for '${name}' on ${ctx.options.registryBranch}\n`,
    )
    return 1
  }
  return history.kind === 'stages' ? gtoHistory(ctx, history.model) : entryHistory(ctx, name, history.entry)
}

/** The registry entry: production now, then every event (with --all, those compacted away too). */
async function entryHistory(ctx: Context, name: string, read: RegistryEntry): Promise<number> {
  const full = ctx.options.all ? await fullHistory(ctx, read) : undefined
  const entry = full ? entryOf(name, full.history) : read
  const now = new Date(ctx.now())
  if (ctx.options.format === 'json') ctx.out(serializeEntry(entry))
  else if (ctx.options.format === 'markdown') {
    ctx.out(renderHistoryMarkdown(entry, { policy: await headPolicy(ctx), now }))
  } else printHistory(ctx, entry, now)
  const left = full ? full.missing : (entry.earlier ?? 0)
  if (left > 0) {
    ctx.err(
      full
        ? `${left} older events are no longer in the git log of ${ctx.options.registryBranch} (a shallow clone?)\n`
        : `${left} older events are in the git log of ${ctx.options.registryBranch}: history ${name} --all lists them\n`,
    )
  }
  return 0
}

function printHistory(ctx: Context, entry: RegistryEntry, now: Date): void {
  const p = entry.production
  ctx.out(
    p
      ? `${entry.name}: production ${esc(p.version, 60)} since ${esc(formatTimeAgo(p.since, now), 80)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${esc(p.actor)}\n`
      : `${entry.name}: no production version\n`,
  )
  const rows = entry.history.map((e) => [
    esc(formatTime(e.at), 40),
    e.type,
    esc(e.type === 'rollback' && e.from ? `${e.from} -> ${e.version}` : e.version, 80),
    esc(e.actor, 40),
    esc(e.commit ? e.commit.slice(0, 12) : e.sha ? e.sha.slice(0, 12) : ''),
    e.pr !== undefined ? `#${e.pr}` : '',
    esc(e.reason ?? '', 120),
  ])
  const header = ['at', 'event', 'version', 'actor', 'commit', 'pr', 'reason']
  for (const line of alignColumns([header, ...rows])) ctx.out(`${line}\n`)
}

/** The policy at HEAD (it picks the charted metrics and their thresholds); the built-in one if none or invalid. */
async function headPolicy(ctx: Context): Promise<Policy> {
  const head = await ctx.git.resolve('HEAD')
  try {
    const found = head ? await findPolicy(ctx.source, head, ctx.options.policy) : undefined
    if (found?.text === undefined) return DEFAULT_POLICY
    return parsePolicy(found.text, found.path)
  } catch (error) {
    ctx.err(`model-gate: ${errorMessage(error)} (charting with the built-in policy)\n`)
    return DEFAULT_POLICY
  }
}

/** The model as GTO's tags describe it: the stage's holder, then every version and stage event. */
function gtoHistory(ctx: Context, model: GtoModelState): number {
  const stage = ctx.options.productionStage
  if (ctx.options.format === 'json') {
    ctx.out(JSON.stringify(model, null, 2) + '\n')
    return 0
  }
  const current = model.stages.find((s) => s.stage === stage)?.current
  ctx.out(
    current
      ? `${model.model}: ${stage} ${current.version} since ${current.assignedAt} (${current.tag})\n`
      : `${model.model}: no version in stage ${stage}${model.deprecated ? ' (deprecated)' : ''}\n`,
  )
  const rows: string[][] = []
  for (const v of model.versions) {
    if (v.registered)
      rows.push([v.createdAt, v.active ? 'register' : 'deregistered', v.version, '', v.commit.slice(0, 12)])
  }
  for (const s of model.stages) {
    for (const e of s.events) rows.push([e.at, e.action, e.version, s.stage, e.commit.slice(0, 12)])
  }
  rows.sort((a, b) => byText(a[0] ?? '', b[0] ?? ''))
  const header = ['at', 'event', 'version', 'stage', 'commit']
  for (const line of alignColumns([header, ...rows.map((r) => r.map((c) => esc(c)))])) ctx.out(`${line}\n`)
  return 0
}
