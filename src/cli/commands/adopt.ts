/**
 * `model-gate adopt [REF]`: register today's production of every model declared at a commit (default: the
 * default branch) in one commit of the registry branch, then say how to publish it. It never overwrites a
 * production: a model the registry already has in production stops the whole adoption, and nothing is written.
 */
import { InputError } from '../../core/diagnostics.js'
import { metricValues } from '../../core/metrics.js'
import {
  applyPromote,
  parseRegistryEntry,
  REGISTRY_DIR,
  registryPath,
  serializeEntry,
  type RegistryEvent,
} from '../../core/registry.js'
import { escapeTerminal as esc } from '../../core/report/escape.js'
import type { ModelVersion } from '../../core/compare.js'
import { modelsAt } from '../../gate/models-at.js'
import { COMPARE_AND_SWAP, LOST, withBackoff } from '../../gate/retry.js'
import { RegistryConflictError } from '../../registry/branch-registry.js'
import { commitFiles } from '../../registry/git-branch-batch.js'
import { GitBranchStore } from '../../registry/git-branch-store.js'
import { UsageError } from '../args.js'
import { actor, type Context } from '../context.js'
import { commitOf } from '../default-branch.js'
import { openProduction, registryStore } from '../production.js'

export async function adopt(ctx: Context): Promise<number> {
  const [ref, ...rest] = ctx.options.positionals
  if (rest.length) throw new UsageError(`adopt takes at most one REF (got '${rest[0]}')`)
  const production = await openProduction(ctx)
  if (production.fixed || production.stage !== undefined) {
    throw new UsageError(
      `adopt writes the branch registry; with --registry ${ctx.options.registry} production is already recorded`,
    )
  }
  const commit = await commitOf(ctx, ref)
  const versions = await readVersions(ctx, commit)
  if (!versions) return 1
  const store = registryStore(ctx)
  const who = {
    actor: await actor(ctx),
    at: ctx.now(),
    commit,
    reason: ctx.options.reason ?? 'adopted by model-gate adopt',
  }
  const outcome = await withBackoff<{ refused: string[] } | { next: string }>(
    COMPARE_AND_SWAP,
    async () => {
      const tip = await store.tip()
      const existing = tip.parent ? await registered(ctx, tip.parent) : new Set<string>()
      const files = new Map<string, string>()
      const refused: string[] = []
      for (const v of versions) {
        const name = v.manifest.name
        const entry = existing.has(name) && tip.parent ? await readEntry(store, tip.parent, name) : undefined
        if (entry?.production) refused.push(`${name} (production ${entry.production.version})`)
        else files.set(registryPath(name), serializeEntry(applyPromote(entry, name, eventOf(v, who))))
      }
      if (refused.length) return { refused }
      const message = `adopt ${versions.length} model${versions.length === 1 ? '' : 's'} at ${commit.slice(0, 12)}`
      const next = await commitFiles(ctx.git, tip.parent, files, message)
      return (await store.swap(tip.expected, next)) ? { next } : LOST
    },
    (attempts) => new RegistryConflictError(store.branch, attempts),
  )
  if ('refused' in outcome) {
    ctx.err(
      `model-gate: ${store.branch} already has a production for ${outcome.refused.map((r) => esc(r)).join(', ')}: adopt never overwrites one (use promote); nothing was written\n`,
    )
    return 1
  }
  return done(ctx, versions, commit, outcome.next)
}

/** Every model at the commit; undefined (after saying why) when one is invalid or declared twice. */
async function readVersions(ctx: Context, commit: string): Promise<ModelVersion[] | undefined> {
  const models = await modelsAt(ctx.source, commit, ctx.options.manifests)
  const problems: string[] = models.flatMap((m) => (m.errors ?? []).map((e: InputError) => e.message))
  const byName = new Map<string, string[]>()
  for (const m of models) if (m.name) byName.set(m.name, [...(byName.get(m.name) ?? []), m.path])
  for (const [name, paths] of byName) {
    if (paths.length > 1)
      problems.push(`model '${name}' is declared by more than one manifest: ${paths.join(' and ')}`)
  }
  if (problems.length) {
    for (const p of problems) ctx.err(`${esc(p, 400)}\n`)
    ctx.err(`model-gate: nothing was adopted: fix the manifests above at ${commit.slice(0, 12)} first\n`)
    return undefined
  }
  const versions = models.flatMap((m) => (m.version ? [m.version] : []))
  if (!versions.length) {
    ctx.err(
      `model-gate: no model at ${commit.slice(0, 12)} (manifests: ${esc(ctx.options.manifests)}): nothing to adopt\n`,
    )
    return undefined
  }
  return versions
}

function eventOf(
  v: ModelVersion,
  who: { actor: string; at: string; commit: string; reason: string },
): RegistryEvent {
  return {
    type: 'promote',
    version: v.manifest.version,
    ...who,
    path: v.manifest.file,
    manifest: v.manifest.snapshot,
    metrics: metricValues(v.metrics),
  }
}

/** The model names the registry has an entry for at the tip. */
async function registered(ctx: Context, tip: string): Promise<Set<string>> {
  const names = new Set<string>()
  const dir = `${REGISTRY_DIR}/`
  for (const p of await ctx.source.listFiles(tip)) {
    if (p.startsWith(dir) && p.endsWith('.json')) names.add(p.slice(dir.length, -'.json'.length))
  }
  return names
}

async function readEntry(store: GitBranchStore, tip: string, name: string) {
  const text = await store.readFile(tip, registryPath(name))
  return text === undefined ? undefined : parseRegistryEntry(text, `${store.branch}:${registryPath(name)}`)
}

async function done(
  ctx: Context,
  versions: readonly ModelVersion[],
  commit: string,
  next: string,
): Promise<number> {
  const branch = ctx.options.registryBranch
  for (const v of versions)
    ctx.out(`adopted ${esc(v.manifest.name)} ${esc(v.manifest.version, 60)} (${esc(v.manifest.file)})\n`)
  ctx.out(
    `${versions.length} model${versions.length === 1 ? '' : 's'} from ${commit.slice(0, 12)} registered in one commit on ${branch} (${next.slice(0, 12)}). Publish it:\n`,
  )
  const remotes = (await ctx.git.text(['remote'])).split('\n').filter(Boolean)
  const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? '<remote>')
  ctx.out(`  git push ${remote} ${branch}\n`)
  return 0
}
