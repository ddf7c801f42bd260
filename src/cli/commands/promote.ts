/** `model-gate promote FILE`: register a manifest as production (registry branch, or GTO tags). */
import { escapeTerminal } from '../../core/report/escape.js'
import { loadModelVersion } from '../../gate/model-version.js'
import type { Promoted } from '../../gate/ports.js'
import { UsageError } from '../args.js'
import { actor, readFileArg, type Context } from '../context.js'
import { openProduction } from '../production.js'

export async function promote(ctx: Context): Promise<number> {
  const [arg, ...rest] = ctx.options.positionals
  if (arg === undefined || rest.length) throw new UsageError('promote needs exactly one manifest FILE')
  const production = openProduction(ctx)
  if (production.fixed) {
    throw new UsageError(
      'with --registry base, production is the base commit itself: there is nothing to promote',
    )
  }
  const file = await readFileArg(ctx, arg)
  const referenced: string[] = []
  const loaded = await loadModelVersion(file.text, file.path, (p) => {
    referenced.push(p)
    return file.read(p)
  })
  if (!loaded.ok) {
    for (const e of loaded.errors) ctx.err(`${escapeTerminal(e.message, 400)}\n`)
    return 1
  }
  const commit = file.ref ?? (await ctx.git.resolve('HEAD'))
  if (!file.ref && commit) {
    // The registry records the commit a version came from: the manifest and every file it references
    // (metrics files) must be as they are in that commit.
    for (const path of [file.path, ...referenced]) {
      const committed = await ctx.source.readFile(commit, path)
      const worktree = path === file.path ? file.text : await file.read(path)
      if (committed !== worktree) {
        throw new UsageError(`${path} differs from HEAD: commit it first, or promote REF:${file.path}`)
      }
    }
  }
  if (production.stage !== undefined && !commit)
    throw new UsageError('promote with --registry gto needs a commit: the repository has none yet')
  const promoted = await production.promote(loaded.version, {
    actor: await actor(ctx),
    at: ctx.now(),
    ...(commit ? { commit } : {}),
    ...(ctx.options.reason ? { reason: ctx.options.reason } : {}),
  })
  ctx.out(promotedLine(promoted, ctx.options.registryBranch, production.stage))
  return 0
}

/** With a stage (GTO), the tags written; else the registry branch's commit. */
function promotedLine(p: Promoted, branch: string, stage?: string): string {
  if (stage !== undefined) {
    const what = p.written.length ? `tags ${p.written.join(', ')}` : 'already in stage'
    return `promoted ${p.model} ${p.version} to ${stage} (${what})\n`
  }
  const commit = p.written[0]
  return commit === undefined
    ? `already production: ${p.model} ${p.version}\n`
    : `promoted ${p.model} ${p.version} (${branch} ${commit.slice(0, 12)})\n`
}
