/**
 * The check, as one story: which manifests changed, what policy the base sets, what production is, and how
 * each candidate compares. Everything from the head is untrusted; the policy comes from the base only.
 */
import {
  baselineDigest,
  compareModel,
  invalidModel,
  removedModel,
  runVerdict,
  type Baseline,
  type ModelVersion,
} from '../core/compare.js'
import type { ModelReport, RunReport } from '../core/report/types.js'
import { asInputError, InputError } from '../core/diagnostics.js'
import { pathMatcher } from '../core/glob.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../core/policy.js'
import type { Manifest } from '../core/manifest.js'
import { withPolicyChanges } from '../core/policy-diff.js'
import { acceptanceFor, NO_PRODUCTION } from '../core/registry.js'
import { versionOf } from './model-version.js'
import {
  findTargets,
  manifestAt,
  manifestsTouched,
  readManifestAt,
  type ManifestIndex,
  type Target,
} from './targets.js'
import type {
  AcceptanceSource,
  BaselineLookup,
  BaselineSource,
  ChangedFile,
  Production,
  SourceReader,
} from './ports.js'
import { mapLimit } from './concurrency.js'
import { MetricBudget } from './metric-budget.js'
import { proposedPolicy } from './policy-change.js'
import { implicitModelsAt, isImplicitPath, type RegisteredVersion } from './implicit-manifest.js'
import { paramsDrift } from './params-drift.js'
import { backendOf, noRecordedMetrics } from './baseline-warning.js'
import { findPolicy, policyPaths } from './policy-file.js'
import { referencedFiles } from './resolve-references.js'

export interface CheckOptions {
  readonly base: string
  readonly head: string
  /** Glob(s) of manifest paths, one per line, '!' to exclude. */
  readonly manifests: string
  readonly policyPath: string
  /** Acceptances hold for this SHA (the pull request's head); defaults to head. */
  readonly acceptanceSha?: string
  /** Files read at once. */
  readonly concurrency?: number
}

export interface CheckDeps {
  readonly source: SourceReader
  /**
   * Production. When it is a GTO stage (`stage` and `history`), the version GTO registered at the head commit
   * is the version of an implicit DVC manifest there (else it is labelled by commit).
   */
  readonly baselines: BaselineSource & Partial<Pick<Production, 'stage' | 'history'>>
  /** Where acceptances are looked up; none means no model is accepted. */
  readonly acceptances?: AcceptanceSource
}

export interface CheckResult {
  readonly report: RunReport
  readonly policy: Policy
  /** Every file the change touched (manifests, metrics files, pointers, ...). */
  readonly changed: readonly ChangedFile[]
}

export { DEFAULT_MANIFESTS } from '../core/defaults.js'

export async function runCheck(deps: CheckDeps, options: CheckOptions): Promise<CheckResult> {
  const { source } = deps
  const isManifest = pathMatcher(options.manifests)
  const limit = options.concurrency ?? 8
  const all = await source.changedFiles(options.base, options.head)
  // The policy and the manifests of the head are read side by side: neither needs the other.
  const policyRead = readPolicies(source, options, all, isManifest)
  const { registeredVersion } = registrationsAt(deps.baselines, options.head)
  const headRead = manifestsTouched({
    source,
    base: options.base,
    head: options.head,
    changed: all,
    isManifest,
    limit,
    implicitModels: (files) => implicitModelsAt(source, options.head, files, limit, registeredVersion),
  })
  const [policyState, headState] = await Promise.allSettled([policyRead, headRead])
  // A failure of the policy's read comes first, as when it was read first.
  if (policyState.status === 'rejected') throw policyState.reason
  if (headState.status === 'rejected') throw headState.reason
  const { policy, errors: policyErrors, proposal } = policyState.value
  const proposedErrors = proposal.errors
  const head = headState.value
  const targets = findTargets(all, head, isManifest)
  const ctx: TargetContext = { deps, options, policy, head }
  await prefetchTargets(ctx, targets)
  const loaded = await loadTargets(ctx, targets, limit)
  const checked = await mapLimit(loaded, limit, (item) =>
    guard(item.target.path, async () =>
      item.kind === 'version' ? compareCandidate(ctx, item) : item.report,
    ),
  )
  const models = checked.filter((m): m is ModelReport => m !== undefined)
  const errors = [...policyErrors, ...proposedErrors]
  const report: RunReport = {
    // With no model to check, a broken policy is reported but does not block (a required check never hangs,
    // and the pull request that fixes the policy must be able to pass).
    verdict: withPolicyChanges(
      models.length === 0 && proposedErrors.length === 0
        ? 'skip'
        : errors.length
          ? 'fail'
          : runVerdict(models),
      proposal.diff,
    ),
    models,
    policySource: policyErrors.length
      ? `${options.policyPath} (invalid: built-in defaults used)`
      : policy.source,
    base: options.base,
    head: options.head,
    errors,
    ...(proposal.diff ? { policyChanges: proposal.diff } : {}),
  }
  return { report, policy, changed: all }
}

/**
 * The first read phase, announced at once: the policy at the base (and at the head, when the change touches
 * it) and every changed manifest at the head and, under its previous path, at the base.
 */
/**
 * The base's policy, which the check uses, and the one the head proposes: a pull request that changes the policy
 * cannot loosen its own gate, but it must not break every later one, and what it loosens is shown (and warned
 * about).
 */
async function readPolicies(
  source: SourceReader,
  options: CheckOptions,
  all: readonly ChangedFile[],
  isManifest: (path: string) => boolean,
) {
  await prefetchChanged(source, options, all, isManifest)
  const loaded = await loadPolicy(source, options.base, options.policyPath)
  return { ...loaded, proposal: await proposedPolicy(source, options, all, loaded.policy) }
}

async function prefetchChanged(
  source: SourceReader,
  options: CheckOptions,
  all: readonly ChangedFile[],
  isManifest: (path: string) => boolean,
): Promise<void> {
  if (!source.prefetch) return
  const policy = policyPaths(options.policyPath)
  const manifests = all.filter((f) => isManifest(f.path) || (f.previousPath && isManifest(f.previousPath)))
  const atHead = manifests.filter((f) => f.status !== 'removed').map((f) => f.path)
  if (all.some((f) => policy.includes(f.path))) atHead.push(...policy)
  const atBase = [...policy, ...manifests.map((f) => f.previousPath ?? f.path)]
  await Promise.all([source.prefetch(options.base, atBase), source.prefetch(options.head, atHead)])
}

/** The second read phase, announced at once: every file the manifests point to, and production of each model. */
async function prefetchTargets(ctx: TargetContext, targets: readonly Target[]): Promise<void> {
  const { source, baselines } = ctx.deps
  const manifests = targets.flatMap((t) => {
    const manifest = t.kind === 'removed' ? undefined : ctx.head.byPath.get(t.path)?.manifest
    return manifest ? [manifest] : []
  })
  if (!manifests.length) return
  await Promise.all([
    source.prefetch?.(ctx.options.head, manifests.flatMap(referencedFiles)),
    baselines.prefetch?.([...new Set(manifests.map((m) => m.name))]),
  ])
}

/**
 * The version GTO registered for a model at a commit (`NAME@vX.Y.Z` on it, not deregistered), with GTO
 * production; none with the other backends. The tags cannot be read: the commit label, the baseline lookup
 * then says what is wrong.
 */
function registrationsAt(
  baselines: CheckDeps['baselines'],
  commit: string,
): { registeredVersion?: RegisteredVersion } {
  const { history } = baselines
  if (baselines.stage === undefined || !history) return {}
  const registeredVersion = async (name: string) => {
    const found = await history.call(baselines, name).catch(() => undefined)
    if (found?.kind !== 'stages') return undefined
    return found.model.versions.find((v) => v.registered && v.active && v.commit === commit)?.version
  }
  return { registeredVersion }
}

interface TargetContext {
  readonly deps: CheckDeps
  readonly options: CheckOptions
  readonly policy: Policy
  /** The manifests at the head the change touches. */
  readonly head: ManifestIndex
}

/** Any failure while handling one model becomes that model's error; the run goes on. */
async function guard<T>(path: string, fn: () => Promise<T>): Promise<T | ModelReport> {
  try {
    return await fn()
  } catch (error) {
    return failedModel(path, error)
  }
}

function failedModel(path: string, error: unknown): ModelReport {
  const e = asInputError(error, { file: path })
  return invalidModel(path, [e])
}

async function loadPolicy(source: SourceReader, base: string, path: string) {
  try {
    const found = await findPolicy(source, base, path)
    if (found.text === undefined) return { policy: DEFAULT_POLICY, errors: [] as InputError[] }
    return { policy: parsePolicy(found.text, found.path), errors: [] as InputError[] }
  } catch (error) {
    const e = asInputError(error, { file: path })
    return { policy: DEFAULT_POLICY, errors: [e] }
  }
}

/** A target read and ready to compare, or already decided (invalid, removed; undefined for a move). */
type Loaded =
  | { readonly kind: 'report'; readonly target: Target; readonly report: ModelReport | undefined }
  | {
      readonly kind: 'version'
      readonly target: Target
      readonly version: ModelVersion
      readonly renamedFrom?: string
      /** What is wrong with the candidate that does not block it: params not reproduced (params-drift.ts). */
      readonly warnings?: readonly string[]
    }

/**
 * Every target read, in path order, within the run's metric budget: a model past it is an error, and once the
 * budget is spent later models are refused without being read.
 */
async function loadTargets(ctx: TargetContext, targets: readonly Target[], limit: number): Promise<Loaded[]> {
  const budget = new MetricBudget(ctx.policy.metricsPerRun)
  const refuse = (target: Target, name?: string): Loaded => ({
    kind: 'report',
    target,
    report: invalidModel(target.path, [budget.error(target.path)], name),
  })
  const loaded = await mapLimit(targets, limit, async (target): Promise<Loaded> => {
    if (budget.exhausted()) return refuse(target)
    const item = await loadTarget(ctx, target).catch((error: unknown): Loaded => ({
      kind: 'report',
      target,
      report: failedModel(target.path, error),
    }))
    budget.record(metricCount(item))
    return item
  })
  const refused = budget.refused(loaded.map(metricCount))
  return loaded.map((item, i) =>
    refused[i]
      ? refuse(item.target, item.kind === 'version' ? item.version.manifest.name : item.report?.name)
      : item,
  )
}

function metricCount(item: Loaded): number {
  return item.kind === 'version' ? item.version.metrics.size : 0
}

async function loadTarget(ctx: TargetContext, target: Target): Promise<Loaded> {
  const report = (r: ModelReport | undefined): Loaded => ({ kind: 'report', target, report: r })
  if (target.kind === 'removed') return report(await removedTarget(ctx, target))
  const at = ctx.head.byPath.get(target.path)
  if (!at?.manifest) {
    const errors = at?.errors ?? [new InputError({ file: target.path }, 'file not found at head')]
    return report(invalidModel(target.path, errors, at?.name))
  }
  const manifest = at.manifest
  const name = manifest.name
  const renamedFrom = target.manifestChanged ? await previousName(ctx, target, name) : undefined
  const problems = [
    ...duplicateErrors(ctx.head.byName.get(name) ?? [], manifest),
    ...target.deleted.map(
      (r) =>
        new InputError(
          { file: target.path, ...(r.line ? { line: r.line } : {}) },
          `${r.key} references ${r.path}, which this change deletes`,
        ),
    ),
  ]
  if (problems.length) return report(invalidModel(target.path, problems, name))
  const { head } = ctx.options
  const read = (p: string) => ctx.deps.source.readFile(head, p)
  const loaded = await versionOf(manifest, read)
  if (!loaded.ok) return report(invalidModel(target.path, loaded.errors, name))
  const drift = at.recordedParams ? await paramsDrift(at.recordedParams, read) : undefined
  if (drift?.errors.length) return report(invalidModel(target.path, drift.errors, name))
  return {
    kind: 'version',
    target,
    version: loaded.version,
    ...(renamedFrom ? { renamedFrom } : {}),
    ...(drift?.warnings.length ? { warnings: drift.warnings } : {}),
  }
}

/**
 * The model's name at the base, when the change renames it (same path, or a move, with another name). A base
 * manifest whose first line is `name: NAME` (the name at the head) is not parsed: its name is NAME or none at
 * all (a second `name` key is a duplicate, a continuation line puts a space in it, a number or null is not a
 * name, and nothing before the first line can change how it reads), so it is no rename either way.
 */
async function previousName(ctx: TargetContext, target: Target, name: string) {
  const { source } = ctx.deps
  const path = target.previousPath ?? target.path
  const text = /^0+$/.test(ctx.options.base) ? undefined : await source.readFile(ctx.options.base, path)
  if (text === undefined || text.startsWith(`name: ${name}\n`)) return undefined
  const old = manifestAt(path, text).name
  return old !== undefined && old !== name ? old : undefined
}

/** Two manifests declaring one model: which one is the model is ambiguous, so neither is compared. */
function duplicateErrors(paths: readonly string[], manifest: Manifest, where = 'head') {
  if (paths.length < 2) return []
  const line = manifest.lineOf(['name'])
  return [
    new InputError(
      { file: manifest.file, ...(line ? { line } : {}) },
      `model '${manifest.name}' is declared by more than one manifest at the ${where}: ${paths.join(' and ')}`,
    ),
  ]
}

/**
 * Production's manifest still declaring the model at its own path, beside the candidate at another path:
 * a copy, not a move. Found through the path production records, so it costs one read.
 */
async function staleCopy(ctx: TargetContext, target: Target, candidate: ModelVersion, baseline: Baseline) {
  const path = baseline.path
  if (!path || isImplicitPath(path) || path === target.path || path === target.previousPath) return []
  const other = ctx.head.byPath.get(path) ?? (await readManifestAt(ctx.deps.source, ctx.options.head, path))
  if (other?.name !== candidate.manifest.name) return []
  return duplicateErrors([path, target.path].sort(), candidate.manifest)
}

/** A removed manifest: listed (with its production, if any), unless a changed manifest now declares it. */
async function removedTarget(ctx: TargetContext, target: Target): Promise<ModelReport | undefined> {
  const at = await readManifestAt(ctx.deps.source, ctx.options.base, target.path)
  const name = at?.name ?? target.path
  if (at?.name !== undefined && ctx.head.byName.has(at.name)) return undefined // moved
  const lookup = at?.name ? await ctx.deps.baselines.baseline(at.name, target.path) : undefined
  const production = lookup?.kind === 'found' ? lookup.baseline.manifest.version : undefined
  return removedModel(target.path, name, production ?? at?.manifest?.version, production !== undefined)
}

async function compareCandidate(
  ctx: TargetContext,
  { target, version: candidate, renamedFrom, warnings }: Extract<Loaded, { kind: 'version' }>,
): Promise<ModelReport> {
  const { baselines, acceptances } = ctx.deps
  const name = candidate.manifest.name
  const lookup = await baselines.baseline(renamedFrom ?? name, target.path, target.previousPath)
  if (lookup.kind === 'error') return invalidModel(target.path, [lookup.error], name)
  const baseline = lookup.kind === 'found' ? lookup.baseline : undefined
  const baselineWarnings = baselineProblems(ctx, lookup, target.path)
  const copies = baseline ? await staleCopy(ctx, target, candidate, baseline) : []
  if (copies.length) return invalidModel(target.path, copies, name)
  // Production's digest is hashed once: the acceptance lookup and the report share it.
  const digest = baseline ? baselineDigest(baseline) : undefined
  const acceptance = acceptances
    ? acceptanceFor(
        await acceptances.entry(name),
        ctx.options.acceptanceSha ?? ctx.options.head,
        candidate.manifest.version,
        digest ?? NO_PRODUCTION,
      )
    : undefined
  return compareModel({
    candidate,
    ...(baseline && digest ? { baseline, baselineDigest: digest } : {}),
    policy: ctx.policy,
    ...(acceptance ? { acceptance } : {}),
    ...(renamedFrom ? { renamedFrom } : {}),
    checkedBecause: target.because,
    ...(baselineWarnings.length ? { baselineWarnings } : {}),
    ...(warnings?.length ? { candidateWarnings: warnings } : {}),
  })
}

/** Production that exists but cannot be compared: warned about, the candidate compared as new. */
function baselineProblems(ctx: TargetContext, lookup: BaselineLookup, path: string): string[] {
  if (lookup.kind === 'none') return lookup.warning ? [lookup.warning] : []
  if (lookup.kind !== 'found' || lookup.baseline.metrics.size > 0) return []
  const { manifest, source } = lookup.baseline
  return [noRecordedMetrics(manifest.version, source, path, backendOf(ctx.deps.baselines.description))]
}
