/** `model-gate rollback NAME [--to VERSION] --reason TEXT`: production back to an earlier version. */
import { nameProblem } from '../../core/names.js'
import { reasonProblem } from '../../core/reason.js'
import type { RolledBack } from '../../gate/ports.js'
import { UsageError } from '../args.js'
import { actor, type Context } from '../context.js'
import { openProduction } from '../production.js'

export async function rollback(ctx: Context): Promise<number> {
  const [name, ...rest] = ctx.options.positionals
  if (name === undefined || rest.length) throw new UsageError('rollback needs exactly one model NAME')
  const problem = nameProblem(name)
  if (problem) throw new UsageError(`model name '${name}' ${problem}`)
  const reason = ctx.options.reason?.trim()
  if (!reason) throw new UsageError('rollback needs --reason TEXT: the history records why')
  const tooLong = reasonProblem(reason)
  if (tooLong) throw new UsageError(`${tooLong} (--reason)`)
  const production = await openProduction(ctx)
  if (production.fixed) {
    throw new UsageError(
      'with --registry base, production is the base commit itself: revert the commit instead',
    )
  }
  const result = await production.rollback(name, {
    ...(ctx.options.to ? { to: ctx.options.to } : {}),
    reason,
    actor: await actor(ctx),
    at: ctx.now(),
  })
  ctx.out(rolledBackLine(result, ctx.options.registryBranch, production.stage))
  return 0
}

/** With a stage (GTO), the tag written; else the registry branch's commit. */
function rolledBackLine(r: RolledBack, branch: string, stage?: string): string {
  if (stage !== undefined) {
    return r.outcome === 'current'
      ? `${r.model} ${r.version} is already in stage ${stage}: no tag written\n`
      : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (tag ${r.written.join(', ')})\n`
  }
  return r.outcome === 'current'
    ? `${r.model} ${r.version} is already production: nothing written\n`
    : `rolled back ${r.model}: ${r.from ?? '?'} -> ${r.version} (${branch} ${r.written[0]?.slice(0, 12) ?? ''})\n`
}
