/** `model-gate rollback NAME [--to VERSION] --reason TEXT`: production back to an earlier version. */
import { nameProblem } from '../../core/names.js'
import { reasonProblem } from '../../core/reason.js'
import { rollback as rollbackModel } from '../../gate/lifecycle.js'
import { UsageError } from '../args.js'
import { actor, branchRegistry, type Context } from '../context.js'
import { gtoRegistry } from '../gto.js'

export async function rollback(ctx: Context): Promise<number> {
  const [name, ...rest] = ctx.options.positionals
  if (name === undefined || rest.length) throw new UsageError('rollback needs exactly one model NAME')
  const problem = nameProblem(name)
  if (problem) throw new UsageError(`model name '${name}' ${problem}`)
  const reason = ctx.options.reason?.trim()
  if (!reason) throw new UsageError('rollback needs --reason TEXT: the history records why')
  const tooLong = reasonProblem(reason)
  if (tooLong) throw new UsageError(`${tooLong} (--reason)`)
  if (ctx.options.registry === 'base') {
    throw new UsageError(
      'with --registry base, production is the base commit itself: revert the commit instead',
    )
  }
  if (ctx.options.registry === 'gto') {
    const change = await gtoRegistry(ctx).rollback(name, ctx.options.to, reason)
    if (change.outcome === 'current') {
      ctx.out(
        `${change.model} ${change.version} is already in stage ${ctx.options.productionStage}: no tag written\n`,
      )
      return 0
    }
    ctx.out(
      `rolled back ${change.model}: ${change.from ?? '?'} -> ${change.version} (tag ${change.created.join(', ')})\n`,
    )
    return 0
  }
  const result = await rollbackModel(branchRegistry(ctx), name, {
    ...(ctx.options.to ? { to: ctx.options.to } : {}),
    reason,
    actor: await actor(ctx),
    at: ctx.now(),
  })
  if (result.outcome === 'current') {
    ctx.out(`${name} ${result.entry.production?.version ?? '?'} is already production: nothing written\n`)
    return 0
  }
  const last = result.event
  ctx.out(
    `rolled back ${name}: ${last?.from ?? '?'} -> ${last?.version ?? '?'} (${ctx.options.registryBranch} ${result.commit?.slice(0, 12) ?? ''})\n`,
  )
  return 0
}
