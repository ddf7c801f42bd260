/** `model-gate promote FILE`: register a manifest as production (registry branch, or GTO tags). */
import { escapeTerminal } from '../../core/report/escape.js'
import { promote as promoteVersion } from '../../gate/lifecycle.js'
import { loadModelVersion } from '../../gate/model-version.js'
import { UsageError } from '../args.js'
import { actor, branchRegistry, readFileArg, type Context } from '../context.js'
import { gtoRegistry } from '../gto.js'

export async function promote(ctx: Context): Promise<number> {
  const [arg, ...rest] = ctx.options.positionals
  if (arg === undefined || rest.length) throw new UsageError('promote needs exactly one manifest FILE')
  if (ctx.options.registry === 'base') {
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
  const { manifest } = loaded.version
  if (ctx.options.registry === 'gto') {
    if (!commit)
      throw new UsageError('promote with --registry gto needs a commit: the repository has none yet')
    const change = await gtoRegistry(ctx).promote(loaded.version, commit)
    const what = change.created.length ? `tags ${change.created.join(', ')}` : 'already in stage'
    ctx.out(`promoted ${change.model} ${change.version} to ${ctx.options.productionStage} (${what})\n`)
    return 0
  }
  const result = await promoteVersion(branchRegistry(ctx), loaded.version, {
    actor: await actor(ctx),
    at: ctx.now(),
    ...(commit ? { commit } : {}),
    ...(ctx.options.reason ? { reason: ctx.options.reason } : {}),
  })
  const where = result.commit ? ` (${ctx.options.registryBranch} ${result.commit.slice(0, 12)})` : ''
  const verb = result.commit ? 'promoted' : 'already production:'
  ctx.out(`${verb} ${manifest.name} ${manifest.version}${where}\n`)
  return 0
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
