/**
 * The comparison: a verdict per metric, per model and per run, and the snapshot diff of everything else.
 * Pure: takes validated manifests and a policy, returns data for the renderers.
 */
import { InputError, quote } from './diagnostics.js'
import type { Plain } from './document.js'
import { skeleton, visible } from './lookalike.js'
import type { Manifest } from './manifest.js'
import { ARTIFACT_PINS } from './manifest.js'
import { metricValues, type LocatedMetric, type MetricValue, type SkippedMetric } from './metrics.js'
import { normalizeVersion, sameVersion } from './names.js'
import type { ModelPolicy, Policy, ResolvedRule } from './policy.js'
import { policyFor, toleranceAmount } from './policy.js'
import { digest } from './digest.js'
import { LEVEL_RANK, worst } from './levels.js'
import { diffSnapshots, type SnapshotChange } from './snapshot-diff.js'
import { pValueOfDifference, standardError } from './stats.js'
import {
  buildTrend,
  chartedByVerdict,
  chartMetricNames,
  metricNamesOf,
  type ModelTrend,
  type ProductionPoint,
} from './trend.js'
import type {
  AcceptanceLookup,
  Level,
  MetricComparison,
  ModelReport,
  Promotion,
  RunVerdict,
} from './report/types.js'

/** A model version ready to compare: a validated manifest and its metrics, metrics files merged in. */
export interface ModelVersion {
  readonly manifest: Manifest
  readonly metrics: ReadonlyMap<string, LocatedMetric>
  /** Metrics-file leaves that are not numbers, skipped as DVC does. */
  readonly skipped?: readonly SkippedMetric[]
}

export interface Baseline extends ModelVersion {
  /** Where production came from, for the report: e.g. 'registry', 'base', 'gto'. */
  readonly source: string
  readonly commit?: string
  /** Where production's manifest lives in the repository, when known. */
  readonly path?: string
  /** How this version became production, where the backend knows it. */
  readonly promoted?: Promotion
  /** Every production version, oldest first, this one last; where the backend keeps a history. */
  readonly history?: readonly ProductionPoint[]
}

export { worst }

/** Relative slack so that 0.912 - 0.902 is not "more than 0.01". */
function slack(a: number, b: number): number {
  return 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

/**
 * Below this many samples a baseline's noise is not trusted to soften a failure: a production version
 * measured on a handful of examples says little about how noisy the metric is.
 */
export const MIN_SIGNIFICANCE_SAMPLE = 30

export interface CompareInput {
  readonly candidate: ModelVersion
  readonly baseline?: Baseline
  readonly policy: Policy
  readonly acceptance?: AcceptanceLookup
  /** The model's name at the base, when this change renames it. */
  readonly renamedFrom?: string
  readonly checkedBecause?: readonly string[]
  /** What is wrong with production itself (no recorded metrics, ...): a warning, never the candidate's fault. */
  readonly baselineWarnings?: readonly string[]
  /** What is wrong with the candidate that does not block it (params not reproduced, ...): a warning each. */
  readonly candidateWarnings?: readonly string[]
  /** baselineDigest(baseline), when the caller already computed it (for the acceptance lookup). */
  readonly baselineDigest?: string
}

export function compareModel(input: CompareInput): ModelReport {
  const { candidate, baseline, policy } = input
  const notes: string[] = []
  const warnings: string[] = [...(input.baselineWarnings ?? []), ...(input.candidateWarnings ?? [])]
  const evalChange = baseline ? evaluationDataChange(baseline.manifest, candidate.manifest) : undefined
  if (evalChange) notes.push(evaluationNote(evalChange, policy))
  if (input.renamedFrom) {
    warnings.push(
      `renamed from ${input.renamedFrom}: compared with ${input.renamedFrom}'s production; the new name starts its own history when promoted`,
    )
  }
  // Compiled once for the model: each metric's rule is resolved once, so a comparison is arithmetic.
  const rules = policyFor(policy, candidate.manifest.name)
  const plan = new Comparisons(candidate, baseline, rules, {
    evaluationChanged: evalChange || undefined,
    comparability: policy.comparability,
    alpha: policy.significance?.alpha,
  })
  for (const note of plan.notes) notes.push(note)
  const { metrics, noise } = plan
  for (const warning of noise.warnings) warnings.push(warning)
  const changes = baseline ? diffSnapshots(baseline.manifest.snapshot, candidate.manifest.snapshot) : []
  if (baseline && changes.length && sameVersion(baseline.manifest.version, candidate.manifest.version))
    notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`)
  let gateVerdict: Level = plan.errors.length ? 'fail' : warnings.length ? 'warn' : 'pass'
  for (let i = 0; i < metrics.length && gateVerdict !== 'fail'; i++) {
    const level = (metrics[i] as MetricComparison).level
    if (LEVEL_RANK[level] > LEVEL_RANK[gateVerdict]) gateVerdict = level
  }
  const acceptance = gateVerdict === 'pass' ? undefined : input.acceptance
  const trend = baseline ? trendOf(candidate, baseline, rules, metrics) : undefined
  return {
    ...identity(input),
    metrics,
    changes: [...changes, ...noise.changes],
    errors: plan.errors,
    ...(warnings.length ? { warnings } : {}),
    notes,
    ...(candidate.skipped?.length ? { skipped: candidate.skipped } : {}),
    ...(acceptance?.kind === 'held' ? { accepted: acceptance.acceptance } : {}),
    ...(acceptance?.kind === 'lapsed' ? { acceptanceLapsed: acceptance.why } : {}),
    gateVerdict,
    verdict: acceptance?.kind === 'held' ? 'pass' : gateVerdict,
    ...(trend ? { trend } : {}),
  }
}

/** Which model, against which production, and why it was checked. */
function identity({ candidate, baseline, renamedFrom, checkedBecause, ...given }: CompareInput) {
  return {
    name: candidate.manifest.name,
    path: candidate.manifest.file,
    status: baseline ? ('changed' as const) : ('new' as const),
    candidateVersion: candidate.manifest.version,
    ...(baseline
      ? {
          baselineVersion: baseline.manifest.version,
          baselineSource: baseline.source,
          baselineDigest: given.baselineDigest ?? baselineDigest(baseline),
        }
      : {}),
    ...(baseline?.promoted ? { baselinePromoted: baseline.promoted } : {}),
    ...(renamedFrom ? { renamedFrom, identity: 'renamed' as const } : {}),
    ...(checkedBecause?.length ? { checkedBecause } : {}),
  }
}

function evaluationNote(change: string, policy: Policy): string {
  return policy.comparability === 'warn'
    ? `evaluation data changed (${change}): metrics are not comparable (comparability: warn)`
    : `evaluation data changed (${change}): a metric that crosses its fail threshold still fails; the others are not comparable`
}

/**
 * What the production version is, for an acceptance: its version and a digest of its snapshot and
 * metrics, whatever backend it came from. An acceptance holds only while production is still this.
 * The text hashed is JSON.stringify([version, snapshot, metrics]), metrics an object of the values by
 * name in code-unit order; it is stored in acceptances, so it may never change.
 */
export function baselineDigest(baseline: ModelVersion): string {
  const { version, snapshot } = baseline.manifest
  return `${normalizeVersion(version)}#${digest(version, snapshot, baseline.metrics)}`
}

/**
 * One model's comparisons, in one pass over the candidate's metrics and one over production's: every
 * candidate metric; every production metric the candidate lacks; every required metric. A declared rename
 * adds a comparison with the old name's production value under the old name's rule, and covers the old
 * name's "missing". A new name that only looks like a missing production metric is an error naming both.
 * The pass over the candidate also collects how each metric's noise moved (see noiseChanges).
 */
class Comparisons {
  readonly metrics: MetricComparison[] = []
  readonly errors: InputError[] = []
  readonly notes: string[] = []
  readonly noise: { changes: SnapshotChange[]; warnings: string[] } = { changes: [], warnings: [] }
  private readonly covered = new Set<string>()
  private readonly required: ReadonlySet<string>

  constructor(
    private readonly candidate: ModelVersion,
    private readonly baseline: Baseline | undefined,
    private readonly rules: ModelPolicy,
    private readonly settings: Settings,
  ) {
    this.required = new Set(rules.required)
    const found = this.candidateMetrics()
    const missing = this.missingMetrics(found)
    for (const name of this.required) {
      if (!candidate.metrics.has(name) && !baseline?.metrics.has(name) && !this.covered.has(name))
        this.compare(name, undefined, undefined, name, true, undefined)
    }
    for (const error of lookalikeErrors(candidate, baseline, missing)) this.errors.push(error)
  }

  /** A comparison per candidate metric (two for a rename); how many of them production has. */
  private candidateMetrics(): number {
    const before = this.baseline?.metrics
    const anyRequired = this.required.size > 0
    let found = 0
    for (const [name, m] of this.candidate.metrics) {
      if (m.renamedFrom !== undefined && this.renamed(name, m, m.renamedFrom)) continue
      const value = before?.get(name)?.metric
      if (value) {
        found++
        noiseOf(name, value, m.metric, this.noise.changes, this.noise.warnings)
      }
      this.compare(name, m, value, name, anyRequired && this.required.has(name), undefined)
    }
    return found
  }

  /** The comparison a declared rename adds, if production has the old name; true when the new name needs no other. */
  private renamed(name: string, m: LocatedMetric, old: string): boolean {
    const oldValue = this.baseline?.metrics.get(old)?.metric
    if (this.candidate.metrics.has(old)) {
      this.errors.push(
        at(
          m,
          `metric ${quote(name)} declares renamed_from ${quote(old)}, but ${quote(old)} is still reported`,
        ),
      )
    }
    if (oldValue) {
      this.covered.add(old)
      this.compare(name, m, oldValue, old, this.required.has(old) || this.required.has(name), old)
      return !this.baseline?.metrics.has(name)
    }
    if (this.baseline)
      this.notes.push(`${name} declares renamed_from ${old}, but production has no metric ${old}`)
    return false
  }

  /** Production's metrics the candidate lacks, each compared as missing; none when the candidate had them all. */
  private missingMetrics(found: number): string[] {
    const missing: string[] = []
    const baseline = this.baseline
    if (!baseline || found === baseline.metrics.size) return missing
    for (const [name, m] of baseline.metrics) {
      if (this.candidate.metrics.has(name) || this.covered.has(name)) continue
      missing.push(name)
      this.compare(name, undefined, m.metric, name, this.required.has(name), undefined)
    }
    return missing
  }

  private compare(
    name: string,
    located: LocatedMetric | undefined,
    baseline: MetricValue | undefined,
    ruleName: string,
    required: boolean,
    renamedFrom: string | undefined,
  ) {
    const { rule, named } = this.rules.resolve(ruleName)
    this.metrics.push(comparison(name, located, baseline, rule, required, named, renamedFrom, this.settings))
  }
}

function at(m: LocatedMetric, message: string): InputError {
  return new InputError({ file: m.file, ...(m.line ? { line: m.line } : {}) }, message)
}

/** A new metric that reads like a production metric the candidate lacks: a rename no reader would see. */
function lookalikeErrors(
  candidate: ModelVersion,
  baseline: Baseline | undefined,
  missing: readonly string[],
) {
  if (!baseline || missing.length === 0) return []
  const bySkeleton = new Map(missing.map((name) => [skeleton(name), name]))
  const errors: InputError[] = []
  for (const [name, m] of candidate.metrics) {
    if (baseline.metrics.has(name)) continue
    const twin = bySkeleton.get(skeleton(name))
    if (twin !== undefined && twin !== name) {
      errors.push(
        at(
          m,
          `metric ${quote(visible(name))} looks like production's ${quote(twin)} but is a different name: write ${quote(twin)}, or declare renamed_from: ${twin}`,
        ),
      )
    }
  }
  return errors
}

/** How the noise a metric carries moved: every change to n, std and ci, and a warning when it widened. */
export function noiseChanges(
  before: ReadonlyMap<string, LocatedMetric>,
  after: ReadonlyMap<string, LocatedMetric>,
): { changes: SnapshotChange[]; warnings: string[] } {
  const changes: SnapshotChange[] = []
  const warnings: string[] = []
  for (const [name, b] of after) {
    const a = before.get(name)?.metric
    if (a) noiseOf(name, a, b.metric, changes, warnings)
  }
  return { changes, warnings }
}

/** How one metric's noise moved between production (a) and the candidate (c). */
function noiseOf(
  name: string,
  a: MetricValue,
  c: MetricValue,
  changes: SnapshotChange[],
  warnings: string[],
) {
  if (a.n !== c.n || a.std !== c.std || a.ci !== c.ci) {
    for (const key of NOISE_KEYS) noiseChange(name, key, a[key], c[key], changes)
  }
  if (a.n === undefined && a.std === undefined && a.ci === undefined) return
  const widened = widening(a, c)
  if (widened) warnings.push(`${name}: ${widened}: significance tests will treat the metric as noisier`)
}

const NOISE_KEYS = ['n', 'std', 'ci'] as const

function noiseChange(name: string, key: string, x: unknown, y: unknown, changes: SnapshotChange[]) {
  if (sameJson(x, y)) return
  const change: { -readonly [K in keyof SnapshotChange]: SnapshotChange[K] } = {
    section: 'metrics',
    key: `${name}.${key}`,
    kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
  }
  if (x !== undefined) change.before = x as Plain
  if (y !== undefined) change.after = y as Plain
  changes.push(change)
}

/** JSON.stringify(x) === JSON.stringify(y), without the text for the usual cases: the same number, equal [lo, hi]. */
function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true
  if (
    Array.isArray(x) &&
    Array.isArray(y) &&
    x.length === 2 &&
    y.length === 2 &&
    x[0] === y[0] &&
    x[1] === y[1]
  )
    return true
  return JSON.stringify(x) === JSON.stringify(y)
}

function widening(a: MetricValue, c: MetricValue): string | undefined {
  if (a.n !== undefined && c.n !== undefined && c.n < a.n / 2)
    return `sample size n ${a.n} → ${c.n} shrank by more than half`
  const sa = standardError(a)
  const sc = standardError(c)
  if (sa !== undefined && sc !== undefined && sc > 2 * sa)
    return `standard error ${sa.toPrecision(3)} → ${sc.toPrecision(3)} grew more than 2x`
  return undefined
}

/** The chart's data: production's history (or production alone), then the candidate. */
function trendOf(
  candidate: ModelVersion,
  baseline: Baseline,
  rules: ModelPolicy,
  comparisons: readonly MetricComparison[],
): ModelTrend | undefined {
  const history = baseline.history?.length ? baseline.history : undefined
  const chosen = rules.chart
    ? chartMetricNames({
        // Globs are matched over every name, in first-seen order.
        available: metricNamesOf([
          ...(history ?? [{ metrics: metricValues(baseline.metrics) }]),
          { metrics: metricValues(candidate.metrics) },
        ]),
        configured: rules.chart,
        comparisons,
        required: rules.required,
      })
    : chartedByVerdict(comparisons, rules.required, (m) => {
        if (candidate.metrics.has(m)) return true
        if (!history) return baseline.metrics.has(m)
        return history.some((p) => Object.prototype.propertyIsEnumerable.call(p.metrics, m))
      })
  // The points need the values of the charted metrics only.
  const production = valuesOf(baseline.metrics, chosen)
  return buildTrend({
    history: history ?? [{ version: baseline.manifest.version, metrics: production }],
    candidate: { version: candidate.manifest.version, metrics: valuesOf(candidate.metrics, chosen) },
    production,
    metrics: chosen,
    rule: chartRules(comparisons, chosen, rules),
  })
}

/** metricValues restricted to some names. */
function valuesOf(metrics: ReadonlyMap<string, LocatedMetric>, names: readonly string[]) {
  const out: Record<string, MetricValue> = {}
  for (const name of names) {
    const m = metrics.get(name)
    if (!m) continue
    // An own property even for '__proto__', as Object.fromEntries makes it.
    if (name === '__proto__')
      Object.defineProperty(out, name, {
        value: m.metric,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    else out[name] = m.metric
  }
  return out
}

/** Each charted metric's rule: that of its last comparison, else the model's rule for the name. */
function chartRules(comparisons: readonly MetricComparison[], chosen: readonly string[], rules: ModelPolicy) {
  const byName = new Map<string, ResolvedRule>()
  for (const name of chosen) {
    for (let i = comparisons.length - 1; i >= 0; i--) {
      const c = comparisons[i] as MetricComparison
      if (c.name !== name) continue
      byName.set(name, c.rule)
      break
    }
  }
  return (m: string) => byName.get(m) ?? rules.rule(m)
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
    gateVerdict: 'fail',
    verdict: 'fail',
  }
}

export function removedModel(
  path: string,
  name: string,
  version?: string,
  inProduction = false,
): ModelReport {
  return {
    name,
    path,
    status: 'removed',
    ...(version ? { baselineVersion: version } : {}),
    metrics: [],
    changes: [],
    errors: [],
    notes: [
      inProduction
        ? `manifest removed in this change; production ${version ?? ''} stays until it is rolled back or retired`
        : 'manifest removed in this change; production is not touched',
    ],
    gateVerdict: 'pass',
    verdict: 'pass',
  }
}

export function runVerdict(models: readonly ModelReport[]): RunVerdict {
  return models.length === 0 ? 'skip' : worst(models.map((m) => m.verdict))
}

interface MetricInput {
  readonly name: string
  readonly candidate?: LocatedMetric
  readonly baseline?: MetricValue
  readonly rule: ResolvedRule
  readonly required: boolean
  readonly named?: boolean
  readonly renamedFrom?: string
  /** Set when the evaluation data changed: what changed. */
  readonly evaluationChanged?: string
  readonly comparability?: 'strict' | 'warn'
  readonly alpha?: number
}

export function compareMetric(input: MetricInput): MetricComparison {
  const { name, candidate, baseline, rule, required } = input
  return comparison(name, candidate, baseline, rule, required, input.named === true, input.renamedFrom, {
    evaluationChanged: input.evaluationChanged,
    comparability: input.comparability,
    alpha: input.alpha,
  })
}

/** What every metric of a model is compared under, besides its rule. */
interface Settings {
  /** Set when the evaluation data changed: what changed. */
  readonly evaluationChanged: string | undefined
  readonly comparability: 'strict' | 'warn' | undefined
  readonly alpha: number | undefined
}

type Building = { -readonly [K in keyof MetricComparison]?: MetricComparison[K] }

/**
 * One metric's comparison. The keys are always in the same order, and only those that are set: name,
 * rule, required, named, renamedFrom, baseline, candidate, file, line, delta, deltaPercent, verdict, level,
 * pValue, noiseIgnored or insideNoise, evaluationChanged.
 */
function comparison(
  name: string,
  located: LocatedMetric | undefined,
  baseline: MetricValue | undefined,
  rule: ResolvedRule,
  required: boolean,
  named: boolean,
  renamedFrom: string | undefined,
  settings: Settings,
): MetricComparison {
  if (located && baseline)
    return measured(name, located, baseline, rule, required, named, renamedFrom, settings)
  const out = head(name, located, baseline, rule, required, named, renamedFrom)
  if (!located) {
    // A metric the policy names may not disappear to escape its rule.
    out.verdict = 'missing'
    out.level = required || (baseline !== undefined && named) ? 'fail' : 'warn'
    return out as MetricComparison
  }
  const bounded = boundsVerdict(located.metric.value, rule)
  out.verdict = bounded ?? 'new'
  out.level = bounded ? 'fail' : 'pass'
  return out as MetricComparison
}

/** The keys every comparison starts with, built key by key. */
function head(
  name: string,
  located: LocatedMetric | undefined,
  baseline: MetricValue | undefined,
  rule: ResolvedRule,
  required: boolean,
  named: boolean,
  renamedFrom: string | undefined,
): Building {
  const out: Building = { name, rule, required }
  if (named) out.named = true
  if (renamedFrom) out.renamedFrom = renamedFrom
  if (baseline) out.baseline = baseline
  if (located) {
    out.candidate = located.metric
    out.file = located.file
    out.line = located.line
  }
  return out
}

/**
 * A metric both versions report. The usual result (no rename, a percentage, no p-value, no evaluation
 * label) is written as a literal: a fixed shape, allocated whole; the others are built key by key.
 */
function measured(
  name: string,
  located: LocatedMetric,
  baseline: MetricValue,
  rule: ResolvedRule,
  required: boolean,
  named: boolean,
  renamedFrom: string | undefined,
  settings: Settings,
): MetricComparison {
  const candidate = located.metric
  const bounded = boundsVerdict(candidate.value, rule)
  const delta = candidate.value - baseline.value
  const judged = bounded ? boundsJudged(bounded) : judge(baseline, candidate, delta, rule, settings)
  const { verdict, level, pValue, noiseIgnored, insideNoise, evaluationChanged } = judged
  const extras = pValue !== undefined || noiseIgnored !== undefined || insideNoise !== undefined
  if (!extras && evaluationChanged === undefined && !renamedFrom && baseline.value !== 0) {
    const deltaPercent = (delta / Math.abs(baseline.value)) * 100
    const { file, line } = located
    return named
      ? { name, rule, required, named, baseline, candidate, file, line, delta, deltaPercent, verdict, level }
      : { name, rule, required, baseline, candidate, file, line, delta, deltaPercent, verdict, level }
  }
  const out = head(name, located, baseline, rule, required, named, renamedFrom)
  out.delta = delta
  if (baseline.value !== 0) out.deltaPercent = (delta / Math.abs(baseline.value)) * 100
  out.verdict = verdict
  out.level = level
  if (pValue !== undefined) out.pValue = pValue
  if (noiseIgnored !== undefined) out.noiseIgnored = noiseIgnored
  if (insideNoise !== undefined) out.insideNoise = insideNoise
  if (evaluationChanged !== undefined) out.evaluationChanged = evaluationChanged
  return out as MetricComparison
}

/** The verdict on a measured difference, on changed evaluation data too. */
function judge(
  baseline: MetricValue,
  candidate: MetricValue,
  delta: number,
  rule: ResolvedRule,
  settings: Settings,
): Judged {
  const judged = thresholdVerdict(baseline, candidate, delta, rule, settings.alpha)
  const changed = settings.evaluationChanged
  if (changed === undefined) return judged
  // On changed evaluation data a crossed fail threshold still fails, labelled with what changed.
  if (judged.level === 'fail' && settings.comparability !== 'warn')
    return { ...judged, evaluationChanged: changed }
  return NOT_COMPARABLE
}

type Judged = Pick<
  MetricComparison,
  'verdict' | 'level' | 'pValue' | 'insideNoise' | 'noiseIgnored' | 'evaluationChanged'
>

const NOT_COMPARABLE: Judged = { verdict: 'not-comparable', level: 'warn' }
const BELOW_FLOOR: Judged = { verdict: 'below-floor', level: 'fail' }
const ABOVE_CEILING: Judged = { verdict: 'above-ceiling', level: 'fail' }

function boundsJudged(bounded: 'below-floor' | 'above-ceiling'): Judged {
  return bounded === 'below-floor' ? BELOW_FLOOR : ABOVE_CEILING
}

const UNCHANGED: Judged = { verdict: 'unchanged', level: 'pass' }
const IMPROVED: Judged = { verdict: 'improved', level: 'pass' }
const FAILED: Judged = { verdict: 'fail', level: 'fail' }
const WARNED: Judged = { verdict: 'warn', level: 'warn' }
const WITHIN: Judged = { verdict: 'within', level: 'pass' }

function thresholdVerdict(
  baseline: MetricValue,
  candidate: MetricValue,
  delta: number,
  rule: ResolvedRule,
  alpha: number | undefined,
): Judged {
  const worse = rule.better === 'higher' ? -delta : delta
  const eps = slack(baseline.value, candidate.value)
  if (Math.abs(delta) <= eps) return UNCHANGED
  if (worse < 0) return IMPROVED
  if (rule.fail !== undefined && worse > toleranceAmount(rule.fail, baseline.value) + eps) {
    if (alpha === undefined) return FAILED
    return significance(baseline, candidate, alpha)
  }
  if (rule.warn !== undefined && worse > toleranceAmount(rule.warn, baseline.value) + eps) return WARNED
  return WITHIN
}

/** A failure, unless it is inside the measurement noise of a large enough production sample. */
function significance(baseline: MetricValue, candidate: MetricValue, alpha: number): Judged {
  const p = pValueOfDifference(baseline, candidate)
  if (p === undefined) return FAILED
  if (p <= alpha) return { verdict: 'fail', level: 'fail', pValue: p }
  if (baseline.n === undefined || baseline.n < MIN_SIGNIFICANCE_SAMPLE) {
    const why =
      baseline.n === undefined
        ? `production states no sample size n (at least ${MIN_SIGNIFICANCE_SAMPLE} needed)`
        : `production's sample n=${baseline.n} is below ${MIN_SIGNIFICANCE_SAMPLE}`
    return { verdict: 'fail', level: 'fail', pValue: p, noiseIgnored: why }
  }
  return { verdict: 'warn', level: 'warn', pValue: p, insideNoise: true }
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
  const moved = (['uri', ...ARTIFACT_PINS] as const).filter((pin) => (a[pin] ?? '') !== (b[pin] ?? ''))
  if (moved.length === 0) return undefined
  return moved.map((pin) => `${b.name}.${pin} ${a[pin] ?? '(none)'} → ${b[pin] ?? '(none)'}`).join(', ')
}
