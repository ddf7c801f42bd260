/**
 * `model-gate promote FILE...`: register manifests as production (registry branch, or GTO tags). Every file is
 * read from one commit, and every one must be valid before anything is written; the registry branch then gets
 * one commit for them all.
 */
import type { ModelVersion } from '../../core/compare.js'
import { errorMessage } from '../../core/diagnostics.js'
import { escapeTerminal } from '../../core/report/escape.js'
import { loadModelVersion } from '../../gate/model-version.js'
import type { BatchPromoted } from '../../gate/ports.js'
import { UsageError } from '../args.js'
import { actor, readFileArg, type Context } from '../context.js'
import { openProduction } from '../production.js'

export async function promote(ctx: Context): Promise<number> {
  const args = ctx.options.positionals
  if (!args.length) throw new UsageError('promote needs at least one manifest FILE')
  const production = await openProduction(ctx)
  if (production.fixed) {
    throw new UsageError(
      'with --registry base, production is the base commit itself: there is nothing to promote',
    )
  }
  const loaded = await loadAll(ctx, args)
  if (!loaded) return 1
  const results = await production.promoteAll(loaded.versions, {
    actor: await actor(ctx),
    at: ctx.now(),
    commit: loaded.commit,
    ...(ctx.options.reason ? { reason: ctx.options.reason } : {}),
  })
  // One file: its failure is the command's, as main reports it. Several: one line per model not promoted.
  const [only] = results
  if (results.length === 1 && only && !only.ok) throw only.error
  let failed = false
  for (const p of results) {
    if (p.ok) ctx.out(promotedLine(p, ctx.options.registryBranch, production.stage))
    else {
      failed = true
      ctx.err(`model-gate: ${escapeTerminal(errorMessage(p.error), 400)}\n`)
    }
  }
  return failed ? 1 : 0
}

/**
 * Every FILE's version, all from one commit; undefined (after printing every problem) when one does not
 * validate: then nothing is promoted.
 */
async function loadAll(
  ctx: Context,
  args: readonly string[],
): Promise<{ versions: ModelVersion[]; commit: string } | undefined> {
  const versions: ModelVersion[] = []
  const commits = new Set<string>()
  const byName = new Map<string, string>()
  /** The files read from HEAD through a work-tree path: each must be as committed (one git diff for all). */
  const committed: string[][] = []
  let invalid = false
  for (const arg of args) {
    const file = await readFileArg(ctx, arg)
    const referenced: string[] = []
    const result = await loadModelVersion(file.text, file.path, (p) => {
      referenced.push(p)
      return file.read(p)
    })
    if (!result.ok) {
      for (const e of result.errors) ctx.err(`${escapeTerminal(e.message, 400)}\n`)
      invalid = true
      continue
    }
    if (!file.commit) throw new UsageError('promote reads committed files only')
    commits.add(file.commit)
    if (!file.ref && ctx.options.head === undefined) committed.push([file.path, ...referenced])
    const name = result.version.manifest.name
    const earlier = byName.get(name)
    if (earlier !== undefined) {
      throw new UsageError(
        `model '${name}' is declared by both ${earlier} and ${file.path}: promote one of them`,
      )
    }
    byName.set(name, file.path)
    versions.push(result.version)
  }
  if (commits.size > 1) {
    throw new UsageError(
      `promote reads every FILE from one commit; these come from ${[...commits].map((c) => c.slice(0, 12)).join(' and ')}`,
    )
  }
  const [commit] = commits
  if (invalid || commit === undefined) {
    if (args.length > 1) ctx.err('model-gate: nothing was promoted: fix the manifests above first\n')
    return undefined
  }
  if (committed.length) await refuseEdited(ctx, committed)
  return { versions, commit }
}

/** With a stage (GTO), the tags written; else the registry branch's commit. */
function promotedLine(p: BatchPromoted & { ok: true }, branch: string, stage?: string): string {
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
 * What promote records is read from HEAD; an edit of a manifest or a file it references (metrics files)
 * not committed yet would be silently left out, so it is refused. git compares, once for every file: the work
 * tree is not read. Each group is a manifest's path, then the files it references.
 */
async function refuseEdited(ctx: Context, groups: readonly (readonly string[])[]): Promise<void> {
  const top = await ctx.git.line(['rev-parse', '--show-toplevel'])
  const paths = [...new Set(groups.flat())]
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
    const manifest = groups.find((g) => g.includes(edited))?.[0] ?? edited
    throw new UsageError(`${edited} differs from HEAD: commit it first, or promote REF:${manifest}`)
  }
}

/** A path as git's literal pathspec: no glob, whatever it contains. */
function literal(path: string): string {
  return `:(literal)${path}`
}
