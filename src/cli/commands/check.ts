/** `model-gate check`: the pull-request gate, over two refs of a local checkout. */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { renderMarkdown } from '../../core/report/markdown.js'
import { runCheck } from '../../gate/check.js'
import { UsageError } from '../args.js'
import type { Context } from '../context.js'
import { commitOf } from '../default-branch.js'
import { openProduction } from '../production.js'
import { renderParts } from '../render.js'
import { saidOutLoud } from '../missing-registry.js'
import { failsOn } from '../../core/fail-on.js'

export async function check(ctx: Context): Promise<number> {
  const { options, git } = ctx
  if (ctx.options.positionals.length)
    throw new UsageError(`check takes no arguments (got '${options.positionals[0]}')`)
  // Both asked at once (one round trip of the batch reader); an unknown head is reported first.
  const [headState, baseState] = await Promise.allSettled([
    git.resolve(options.head ?? 'HEAD'),
    resolveBase(ctx),
  ])
  const head = settled(headState)
  if (!head) throw new UsageError(`unknown revision '${options.head ?? 'HEAD'}'`)
  const base = settled(baseState)
  // The diff runs while the registry and the check are set up.
  ctx.source.prefetchChanges(base, head)
  const production = openProduction(ctx, base)
  const checked = await runCheck(
    { source: ctx.source, baselines: production, acceptances: production },
    { base, head, manifests: options.manifests, policyPath: options.policy },
  )
  const report = await saidOutLoud(ctx, production, checked.report)
  const now = new Date(ctx.now())
  for (const part of renderParts(report, options.format, { color: ctx.color === true, now })) {
    ctx.out(part)
    await ctx.drained?.()
  }
  if (options.markdownFile !== undefined) {
    await writeFile(resolve(options.cwd, options.markdownFile), renderMarkdown(report, { now }))
  }
  return failsOn(report.verdict, options.failOn.level) ? 1 : 0
}

function settled<T>(state: PromiseSettledResult<T>): T {
  if (state.status === 'rejected') throw state.reason
  return state.value
}

function resolveBase(ctx: Context): Promise<string> {
  return commitOf(ctx, ctx.options.base, '--base')
}
