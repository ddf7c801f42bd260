/**
 * The check, as one story: which manifests changed, what policy the base sets, what production is, and how
 * each candidate compares. Everything from the head is untrusted; the policy comes from the base only.
 */
import {
  compareModel,
  invalidModel,
  removedModel,
  runVerdict,
  type Acceptance,
  type ModelReport,
  type ModelVersion,
  type RunReport,
} from '../core/compare.js'
import { errorMessage, InputError } from '../core/diagnostics.js'
import { pathMatcher } from '../core/glob.js'
import { DEFAULT_POLICY, parsePolicy, type Policy } from '../core/policy.js'
import { withPolicyChanges } from '../core/policy-diff.js'
import { acceptanceFor } from '../core/registry.js'
import { loadModelVersion } from './model-version.js'
import type { AcceptanceSource, BaselineSource, ChangedFile, SourceReader } from './ports.js'
import { mapLimit } from './concurrency.js'
import { MetricBudget } from './metric-budget.js'
import { proposedPolicy } from './policy-change.js'

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
  readonly baselines: BaselineSource
  /** Where acceptances are looked up; none means no model is accepted. */
  readonly acceptances?: AcceptanceSource
}

export interface CheckResult {
  readonly report: RunReport
  readonly policy: Policy
  readonly changed: readonly ChangedFile[]
}

export const DEFAULT_MANIFESTS = '**/model.{yaml,yml,json}'

export async function runCheck(deps: CheckDeps, options: CheckOptions): Promise<CheckResult> {
  const { source } = deps
  const isManifest = pathMatcher(options.manifests)
  const all = await source.changedFiles(options.base, options.head)
  const changed = all
    .filter((f) => isManifest(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const { policy, errors: policyErrors } = await loadPolicy(source, options.base, options.policyPath)
  // A pull request that changes the policy cannot loosen its own gate, but it must not break every later one,
  // and what it loosens is shown (and warned about).
  const proposal = await proposedPolicy(source, options, all, policy)
  const proposedErrors = proposal.errors
  const limit = options.concurrency ?? 8

  const loaded = await loadCandidates(source, options, changed, limit)
  const firstPathOf = new Map<string, string>()
  const models = await mapLimit(loaded, limit, (item) =>
    guard(item.file, async () => {
      if (item.kind === 'report') return item.report
      const { version, file } = item
      const name = version.manifest.name
      const first = firstPathOf.get(name) ?? file.path
      firstPathOf.set(name, first)
      if (first !== file.path) {
        const where = { file: file.path, line: version.manifest.lineOf(['name']) }
        return invalidModel(
          file.path,
          [new InputError(where, `model '${name}' is also declared in ${first}`)],
          name,
        )
      }
      return compareCandidate(deps, options, policy, file, version)
    }),
  )
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
  return { report, policy, changed }
}

type Loaded =
  | { readonly kind: 'report'; readonly file: ChangedFile; readonly report: ModelReport }
  | { readonly kind: 'version'; readonly file: ChangedFile; readonly version: ModelVersion }

/**
 * Each changed manifest with its metrics, in path order, within the run's metric budget: a model past it is
 * an error, and once the budget is spent later models are refused without being read.
 */
async function loadCandidates(
  source: SourceReader,
  options: CheckOptions,
  changed: readonly ChangedFile[],
  limit: number,
): Promise<Loaded[]> {
  const budget = new MetricBudget()
  const loaded = await mapLimit(changed, limit, async (file): Promise<Loaded> => {
    if (budget.exhausted())
      return { kind: 'report', file, report: failedModel(file, budget.error(file.path)) }
    try {
      const item = await loadCandidate(source, options, file)
      budget.record(metricCount(item))
      return item
    } catch (error) {
      return { kind: 'report', file, report: failedModel(file, error) }
    }
  })
  const refused = budget.refused(loaded.map(metricCount))
  return loaded.map((item, i) => {
    if (!refused[i]) return item
    const name = item.kind === 'version' ? item.version.manifest.name : item.report.name
    return {
      kind: 'report',
      file: item.file,
      report: invalidModel(item.file.path, [budget.error(item.file.path)], name),
    }
  })
}

function metricCount(item: Loaded): number {
  return item.kind === 'version' ? item.version.metrics.size : 0
}

/** Any failure while handling one file becomes that model's error; the run goes on. */
async function guard(file: ChangedFile, fn: () => Promise<ModelReport>): Promise<ModelReport> {
  try {
    return await fn()
  } catch (error) {
    return failedModel(file, error)
  }
}

function failedModel(file: ChangedFile, error: unknown): ModelReport {
  const e = error instanceof InputError ? error : new InputError({ file: file.path }, errorMessage(error))
  return invalidModel(file.path, [e])
}

async function loadPolicy(source: SourceReader, base: string, path: string) {
  try {
    const text = await source.readFile(base, path)
    if (text === undefined) return { policy: DEFAULT_POLICY, errors: [] as InputError[] }
    return { policy: parsePolicy(text, path), errors: [] as InputError[] }
  } catch (error) {
    const e = error instanceof InputError ? error : new InputError({ file: path }, errorMessage(error))
    return { policy: DEFAULT_POLICY, errors: [e] }
  }
}

async function loadCandidate(
  source: SourceReader,
  options: CheckOptions,
  file: ChangedFile,
): Promise<Loaded> {
  const report = (r: ModelReport): Loaded => ({ kind: 'report', file, report: r })
  if (file.status === 'removed') {
    const old = await source.readFile(options.base, file.path)
    const parsed =
      old === undefined ? undefined : await loadModelVersion(old, file.path, async () => undefined)
    const name = parsed?.ok ? parsed.version.manifest.name : (parsed?.name ?? file.path)
    return report(removedModel(file.path, name, parsed?.ok ? parsed.version.manifest.version : undefined))
  }
  const text = await source.readFile(options.head, file.path)
  if (text === undefined) {
    return report(invalidModel(file.path, [new InputError({ file: file.path }, 'file not found at head')]))
  }
  const loaded = await loadModelVersion(text, file.path, (p) => source.readFile(options.head, p))
  if (!loaded.ok) return report(invalidModel(file.path, loaded.errors, loaded.name))
  return { kind: 'version', file, version: loaded.version }
}

async function compareCandidate(
  deps: CheckDeps,
  options: CheckOptions,
  policy: Policy,
  file: ChangedFile,
  candidate: ModelVersion,
): Promise<ModelReport> {
  const { baselines, acceptances } = deps
  const name = candidate.manifest.name
  const lookup = await baselines.baseline(name, file.path, file.previousPath)
  if (lookup.kind === 'error') return invalidModel(file.path, [lookup.error], name)
  let accepted: Acceptance | undefined
  if (acceptances)
    accepted = acceptanceFor(
      await acceptances.entry(name),
      options.acceptanceSha ?? options.head,
      candidate.manifest.version,
    )
  return compareModel({
    candidate,
    ...(lookup.kind === 'found' ? { baseline: lookup.baseline } : {}),
    policy,
    ...(accepted ? { accepted } : {}),
  })
}
