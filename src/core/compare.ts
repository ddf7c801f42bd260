/**
 * The comparison: a verdict per metric, per model and per run, and the snapshot diff of everything else.
 * Pure: takes validated manifests and a policy, returns data for the renderers.
 */
import type { InputError } from './diagnostics.js'
import type { Manifest } from './manifest.js'
import { ARTIFACT_PINS } from './manifest.js'
import type { LocatedMetric, MetricValue } from './metrics.js'
import { sameVersion } from './names.js'
import type { Policy, ResolvedRule } from './policy.js'
import { chartedMetrics, requiredMetrics, resolveRule, toleranceAmount } from './policy.js'
import { diffSnapshots, type SnapshotChange } from './snapshot-diff.js'
import { pValueOfDifference } from './stats.js'
import {
  buildTrend,
  chartMetricNames,
  metricNamesOf,
  type ModelTrend,
  type ProductionPoint,
} from './trend.js'

export type MetricVerdict =
  | 'improved'
  | 'unchanged'
  | 'within'
  | 'warn'
  | 'fail'
  | 'below-floor'
  | 'above-ceiling'
  | 'new'
  | 'missing'
  | 'not-comparable'

export type Level = 'pass' | 'warn' | 'fail'
export type RunVerdict = Level | 'skip'

export interface MetricComparison {
  readonly name: string
  readonly baseline?: MetricValue
  readonly candidate?: MetricValue
  /** candidate - baseline */
  readonly delta?: number
  /** delta as a percentage of |baseline|; undefined when the baseline is 0 */
  readonly deltaPercent?: number
  readonly rule: ResolvedRule
  readonly required: boolean
  readonly verdict: MetricVerdict
  readonly level: Level
  /** p-value of the difference, when both sides carry noise information and significance is on */
  readonly pValue?: number
  /** A failure downgraded to a warning because it is inside the measurement noise. */
  readonly insideNoise?: boolean
  /** Where the candidate's value is written, for annotations. */
  readonly file?: string
  readonly line?: number
}

/** A model version ready to compare: a validated manifest and its metrics, metrics files merged in. */
export interface ModelVersion {
  readonly manifest: Manifest
  readonly metrics: ReadonlyMap<string, LocatedMetric>
}

export interface Baseline extends ModelVersion {
  /** Where production came from, for the report: e.g. 'registry', 'base', 'gto'. */
  readonly source: string
  readonly commit?: string
  /** How this version became production, where the backend knows it. */
  readonly promoted?: Promotion
  /** Every production version, oldest first, this one last; where the backend keeps a history. */
  readonly history?: readonly ProductionPoint[]
}

export interface Promotion {
  readonly event: 'promote' | 'rollback'
  readonly actor: string
  /** ISO 8601 */
  readonly at: string
}

export interface Acceptance {
  readonly actor: string
  readonly reason: string
  readonly at: string
}

export type ModelStatus = 'changed' | 'new' | 'invalid' | 'removed'

/**
 * How the model relates to production, for its mark in the report. Unset means what `status` says
 * ('new' and 'removed'), else the same model; 'renamed' is set by whoever detects a rename.
 */
export type ModelIdentity = 'same' | 'new' | 'removed' | 'renamed'

export interface ModelReport {
  readonly name: string
  /** Manifest path in the candidate. */
  readonly path: string
  readonly status: ModelStatus
  readonly candidateVersion?: string
  readonly baselineVersion?: string
  readonly baselineSource?: string
  readonly baselinePromoted?: Promotion
  readonly identity?: ModelIdentity
  readonly metrics: readonly MetricComparison[]
  readonly changes: readonly SnapshotChange[]
  /** Problems that stop the model from being compared (invalid manifest, unreadable registry entry). */
  readonly errors: readonly InputError[]
  /** Facts worth knowing that change no verdict. */
  readonly notes: readonly string[]
  readonly accepted?: Acceptance
  /** The level before any acceptance. */
  readonly gateLevel: Level
  readonly level: Level
  /** Key metrics across production's history, the candidate last. */
  readonly trend?: ModelTrend
}

export interface RunReport {
  readonly verdict: RunVerdict
  readonly models: readonly ModelReport[]
  readonly policySource: string
  readonly base?: string
  readonly head?: string
  /** Problems with the run itself (an invalid policy): the run fails, the models are still reported. */
  readonly errors?: readonly InputError[]
}

const LEVEL_RANK: Record<Level, number> = { pass: 0, warn: 1, fail: 2 }

export function worst(levels: Iterable<Level>): Level {
  let out: Level = 'pass'
  for (const l of levels) if (LEVEL_RANK[l] > LEVEL_RANK[out]) out = l
  return out
}

/** Relative slack so that 0.912 - 0.902 is not "more than 0.01". */
function slack(a: number, b: number): number {
  return 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

export interface CompareInput {
  readonly candidate: ModelVersion
  readonly baseline?: Baseline
  readonly policy: Policy
  readonly accepted?: Acceptance
}

export function compareModel({ candidate, baseline, policy, accepted }: CompareInput): ModelReport {
  const name = candidate.manifest.name
  const required = new Set(requiredMetrics(policy, name))
  const notes: string[] = []
  const evalChange = baseline ? evaluationDataChange(baseline.manifest, candidate.manifest) : undefined
  if (evalChange) notes.push(`evaluation data changed (${evalChange}): metrics are not comparable`)

  const names = [
    ...candidate.metrics.keys(),
    ...[...(baseline?.metrics.keys() ?? [])].filter((m) => !candidate.metrics.has(m)),
    ...[...required].filter((m) => !candidate.metrics.has(m) && !baseline?.metrics.has(m)),
  ]
  const metrics = names.map((metric) =>
    compareMetric({
      name: metric,
      candidate: candidate.metrics.get(metric),
      baseline: baseline?.metrics.get(metric)?.metric,
      rule: resolveRule(policy, name, metric),
      required: required.has(metric),
      comparable: evalChange === undefined,
      alpha: policy.significance?.alpha,
    }),
  )
  if (baseline && sameVersion(baseline.manifest.version, candidate.manifest.version)) {
    const changed = diffSnapshots(baseline.manifest.snapshot, candidate.manifest.snapshot).length > 0
    if (changed) notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`)
  }
  const gateLevel = worst(metrics.map((m) => m.level))
  const trend = baseline ? trendOf(candidate, baseline, policy, metrics) : undefined
  return {
    name,
    path: candidate.manifest.file,
    status: baseline ? 'changed' : 'new',
    candidateVersion: candidate.manifest.version,
    ...(baseline ? { baselineVersion: baseline.manifest.version, baselineSource: baseline.source } : {}),
    ...(baseline?.promoted ? { baselinePromoted: baseline.promoted } : {}),
    metrics,
    changes: baseline ? diffSnapshots(baseline.manifest.snapshot, candidate.manifest.snapshot) : [],
    errors: [],
    notes,
    ...(accepted && gateLevel !== 'pass' ? { accepted } : {}),
    gateLevel,
    level: accepted ? 'pass' : gateLevel,
    ...(trend ? { trend } : {}),
  }
}

function valuesOf(metrics: ModelVersion['metrics']) {
  return Object.fromEntries([...metrics].map(([k, v]) => [k, v.metric]))
}

/** The chart's data: production's history (or production alone), then the candidate. */
function trendOf(
  candidate: ModelVersion,
  baseline: Baseline,
  policy: Policy,
  comparisons: readonly MetricComparison[],
): ModelTrend | undefined {
  const name = candidate.manifest.name
  const history = baseline.history?.length
    ? baseline.history
    : [{ version: baseline.manifest.version, metrics: valuesOf(baseline.metrics) }]
  const current = { version: candidate.manifest.version, metrics: valuesOf(candidate.metrics) }
  const chosen = chartMetricNames({
    available: metricNamesOf([...history, current]),
    configured: chartedMetrics(policy, name),
    comparisons,
    required: requiredMetrics(policy, name),
  })
  const rules = new Map(comparisons.map((c) => [c.name, c.rule]))
  return buildTrend({
    history,
    candidate: current,
    production: valuesOf(baseline.metrics),
    metrics: chosen,
    rule: (m) => rules.get(m) ?? resolveRule(policy, name, m),
  })
}

/** A model whose manifest (or production entry) could not be read: it fails, the others are still checked. */
export function invalidModel(path: string, errors: readonly InputError[], name?: string): ModelReport {
  return {
    name: name ?? path,
    path,
    status: 'invalid',
    metrics: [],
    changes: [],
    errors,
    notes: [],
    gateLevel: 'fail',
    level: 'fail',
  }
}

export function removedModel(path: string, name: string, version?: string): ModelReport {
  return {
    name,
    path,
    status: 'removed',
    ...(version ? { baselineVersion: version } : {}),
    metrics: [],
    changes: [],
    errors: [],
    notes: ['manifest removed in this change; production is not touched'],
    gateLevel: 'pass',
    level: 'pass',
  }
}

export function runVerdict(models: readonly ModelReport[]): RunVerdict {
  return models.length === 0 ? 'skip' : worst(models.map((m) => m.level))
}

interface MetricInput {
  readonly name: string
  readonly candidate?: LocatedMetric
  readonly baseline?: MetricValue
  readonly rule: ResolvedRule
  readonly required: boolean
  readonly comparable: boolean
  readonly alpha?: number
}

export function compareMetric(input: MetricInput): MetricComparison {
  const { name, rule, required, baseline } = input
  const candidate = input.candidate?.metric
  const base = {
    name,
    rule,
    required,
    ...(baseline ? { baseline } : {}),
    ...(candidate ? { candidate } : {}),
    ...(input.candidate ? { file: input.candidate.file, line: input.candidate.line } : {}),
  }
  if (!candidate) {
    return { ...base, verdict: 'missing', level: required ? 'fail' : 'warn' }
  }
  const bounded = boundsVerdict(candidate.value, rule)
  if (!baseline) {
    return bounded ? { ...base, verdict: bounded, level: 'fail' } : { ...base, verdict: 'new', level: 'pass' }
  }
  const delta = candidate.value - baseline.value
  const deltaPercent = baseline.value === 0 ? undefined : (delta / Math.abs(baseline.value)) * 100
  const measured = { ...base, delta, ...(deltaPercent !== undefined ? { deltaPercent } : {}) }
  if (bounded) return { ...measured, verdict: bounded, level: 'fail' }
  if (!input.comparable) return { ...measured, verdict: 'not-comparable', level: 'warn' }

  const worse = rule.better === 'higher' ? -delta : delta
  const eps = slack(baseline.value, candidate.value)
  if (Math.abs(delta) <= eps) return { ...measured, verdict: 'unchanged', level: 'pass' }
  if (worse < 0) return { ...measured, verdict: 'improved', level: 'pass' }
  const beyond = (t: ResolvedRule['fail']) =>
    t !== undefined && worse > toleranceAmount(t, baseline.value) + eps
  if (beyond(rule.fail)) {
    if (input.alpha !== undefined) {
      const p = pValueOfDifference(baseline, candidate)
      if (p !== undefined && p > input.alpha) {
        return { ...measured, verdict: 'warn', level: 'warn', pValue: p, insideNoise: true }
      }
      if (p !== undefined) return { ...measured, verdict: 'fail', level: 'fail', pValue: p }
    }
    return { ...measured, verdict: 'fail', level: 'fail' }
  }
  if (beyond(rule.warn)) return { ...measured, verdict: 'warn', level: 'warn' }
  return { ...measured, verdict: 'within', level: 'pass' }
}

function boundsVerdict(value: number, rule: ResolvedRule): 'below-floor' | 'above-ceiling' | undefined {
  if (rule.min !== undefined && value < rule.min) return 'below-floor'
  if (rule.max !== undefined && value > rule.max) return 'above-ceiling'
  return undefined
}

/** How the evaluation data moved between two versions, or undefined when it did not (or is not declared). */
export function evaluationDataChange(before: Manifest, after: Manifest): string | undefined {
  if (!before.evaluationDataset || !after.evaluationDataset) return undefined
  const a = before.data.find((d) => d.name === before.evaluationDataset)
  const b = after.data.find((d) => d.name === after.evaluationDataset)
  if (!a || !b) return undefined
  if (a.name !== b.name) return `evaluation.dataset ${a.name} → ${b.name}`
  for (const pin of ['uri', ...ARTIFACT_PINS] as const) {
    if ((a[pin] ?? '') !== (b[pin] ?? '')) return `${b.name}.${pin} changed`
  }
  return undefined
}
