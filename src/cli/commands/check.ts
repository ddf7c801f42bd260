/** `model-gate check`: the pull-request gate, over two refs of a local checkout. */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { renderMarkdown } from '../../core/report/markdown.js'
import { runCheck } from '../../gate/check.js'
import { UsageError } from '../args.js'
import type { Context } from '../context.js'
import { startCheck } from '../check-start.js'
import { openProduction } from '../production.js'
import { renderParts } from '../render.js'
import { saidOutLoud } from '../missing-registry.js'
import { failsOn } from '../../core/fail-on.js'

/** commits: what main started asking before this code loaded (startCheck), else asked now. */
export async function check(ctx: Context, commits = startCheck(ctx)): Promise<number> {
  const { options } = ctx
  if (ctx.options.positionals.length)
    throw new UsageError(`check takes no arguments (got '${options.positionals[0]}')`)
  const { head, base } = await commits
  const production = await openProduction(ctx, base)
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
