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
  const commit = file.commit
  if (!commit) throw new UsageError('promote reads committed files only')
  if (!file.ref && ctx.options.head === undefined) await refuseEdited(ctx, [file.path, ...referenced])
  const promoted = await production.promote(loaded.version, {
    actor: await actor(ctx),
    at: ctx.now(),
    commit,
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

/**
 * What promote records is read from HEAD; an edit of the manifest or a file it references (metrics files)
 * not committed yet would be silently left out, so it is refused. git compares: the work tree is not read.
 */
async function refuseEdited(ctx: Context, paths: readonly string[]): Promise<void> {
  const top = await ctx.git.line(['rev-parse', '--show-toplevel'])
  const out = await ctx.git.text([
    '-C',
    top,
    'diff',
    '--name-only',
    '-z',
    'HEAD',
    '--',
    ...paths.map(literal),
  ])
  const edited = out.split('\0').filter(Boolean)[0]
  if (edited !== undefined) {
    throw new UsageError(`${edited} differs from HEAD: commit it first, or promote REF:${paths[0] ?? ''}`)
  }
}

/** A path as git's literal pathspec: no glob, whatever it contains. */
function literal(path: string): string {
  return `:(literal)${path}`
}
