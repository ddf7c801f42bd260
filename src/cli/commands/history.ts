/** `model-gate history NAME`: which version was production, since when, and who decided. */
import { nameProblem } from '../../core/names.js'
import { serializeEntry } from '../../core/registry.js'
import { escapeTerminal as esc } from '../../core/report/escape.js'
import { UsageError } from '../args.js'
import { branchRegistry, type Context } from '../context.js'

export async function history(ctx: Context): Promise<number> {
  const [name, ...rest] = ctx.options.positionals
  if (name === undefined || rest.length) throw new UsageError('history needs exactly one model NAME')
  const problem = nameProblem(name)
  if (problem) throw new UsageError(`model name '${name}' ${problem}`)
  const entry = await branchRegistry(ctx).entry(name)
  if (!entry) {
    ctx.err(`no registry entry for '${name}' on ${ctx.options.registryBranch}\n`)
    return 1
  }
  if (ctx.options.format === 'json') {
    ctx.out(serializeEntry(entry))
    return 0
  }
  const p = entry.production
  ctx.out(
    p
      ? `${name}: production ${p.version} since ${p.since} (${p.event} by ${esc(p.actor)})\n`
      : `${name}: no production version\n`,
  )
  const rows = entry.history.map((e) => [
    e.at,
    e.type,
    e.type === 'rollback' && e.from ? `${e.from} -> ${e.version}` : e.version,
    esc(e.actor, 40),
    e.commit ? e.commit.slice(0, 12) : e.sha ? e.sha.slice(0, 12) : '',
    e.pr !== undefined ? `#${e.pr}` : '',
    esc(e.reason ?? '', 120),
  ])
  const header = ['at', 'event', 'version', 'actor', 'commit', 'pr', 'reason']
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  for (const r of all)
    ctx.out(
      `${r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd()}\n`,
    )
  return 0
}
