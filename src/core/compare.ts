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
import { chartedMetrics, policyFor, requiredMetrics, toleranceAmount } from './policy.js'
import { diffSnapshots, type SnapshotChange } from './snapshot-diff.js'
import { pValueOfDifference, standardError } from './stats.js'
import {
  buildTrend,
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
import { byText } from './text.js'

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
  const plan = planComparisons(candidate, baseline, policy, candidate.manifest.name)
  notes.push(...plan.notes)
  // Compiled once for the model: each metric's rule is resolved once, so a comparison is arithmetic.
  const rules = policyFor(policy, candidate.manifest.name)
  const metrics = plan.rows.map((row) => compareRow(row, policy, rules, evalChange))
  const noise = baseline ? noiseChanges(baseline.metrics, candidate.metrics) : { changes: [], warnings: [] }
  warnings.push(...noise.warnings)
  const changes = baseline ? diffSnapshots(baseline.manifest.snapshot, candidate.manifest.snapshot) : []
  if (baseline && changes.length && sameVersion(baseline.manifest.version, candidate.manifest.version))
    notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`)
  const gateLevel = worst([
    ...metrics.map((m) => m.level),
    ...(warnings.length ? (['warn'] as const) : []),
    ...(plan.errors.length ? (['fail'] as const) : []),
  ])
  const acceptance = gateLevel === 'pass' ? undefined : input.acceptance
  const trend = baseline ? trendOf(candidate, baseline, policy, rules, metrics) : undefined
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
    gateLevel,
    level: acceptance?.kind === 'held' ? 'pass' : gateLevel,
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

function compareRow(row: PlannedRow, policy: Policy, rules: ModelPolicy, evalChange: string | undefined) {
  return compareMetric({
    name: row.name,
    candidate: row.candidate,
    baseline: row.baseline,
    rule: rules.rule(row.ruleName),
    required: row.required,
    named: rules.names(row.ruleName),
    ...(row.renamedFrom ? { renamedFrom: row.renamedFrom } : {}),
    ...(evalChange ? { evaluationChanged: evalChange } : {}),
    comparability: policy.comparability ?? 'strict',
    alpha: policy.significance?.alpha,
  })
}

function evaluationNote(change: string, policy: Policy): string {
  return policy.comparability === 'warn'
    ? `evaluation data changed (${change}): metrics are not comparable (comparability: warn)`
    : `evaluation data changed (${change}): a metric that crosses its fail threshold still fails; the others are not comparable`
}

/**
 * What the production version is, for an acceptance: its version and a digest of its snapshot and
 * metrics, whatever backend it came from. An acceptance holds only while production is still this.
 */
export function baselineDigest(baseline: ModelVersion): string {
  const sorted = [...baseline.metrics].sort(([a], [b]) => byText(a, b))
  const metrics = metricValues(new Map(sorted))
  const text = JSON.stringify([baseline.manifest.version, baseline.manifest.snapshot, metrics])
  return `${normalizeVersion(baseline.manifest.version)}#${fnv1a(text)}`
}

/**
 * 64-bit FNV-1a as 16 hex digits: a content fingerprint (not a security boundary: the base is trusted).
 * In two 32-bit halves, as exact integer arithmetic on doubles: the prime is 2^40 + 0x1b3, so
 * h * prime = (lo << 40) + h * 0x1b3 modulo 2^64, every partial product below 2^53.
 */
function fnv1a(text: string): string {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i)
    const low = (lo >>> 0) * 0x1b3
    const carry = Math.floor(low / 0x100000000)
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0
    lo = low >>> 0
  }
  return hi.toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

interface PlannedRow {
  readonly name: string
  readonly candidate?: LocatedMetric
  readonly baseline?: MetricValue
  /** The name whose rule applies: the old name for a declared rename. */
  readonly ruleName: string
  readonly required: boolean
  readonly renamedFrom?: string
}

/**
 * Which comparisons to make. Every candidate metric; every production metric the candidate lacks; every
 * required metric. A declared rename adds a comparison with the old name's production value under the
 * old name's rule, and covers the old name's "missing". A new name that only looks like a missing
 * production metric is an error naming both.
 */
function planComparisons(
  candidate: ModelVersion,
  baseline: Baseline | undefined,
  policy: Policy,
  model: string,
) {
  const required = new Set(requiredMetrics(policy, model))
  const { rows, errors, notes, covered } = candidateRows(candidate, baseline, required)
  const missing = [...(baseline?.metrics.keys() ?? [])].filter(
    (k) => !candidate.metrics.has(k) && !covered.has(k),
  )
  for (const name of missing) {
    rows.push({
      name,
      baseline: baseline?.metrics.get(name)?.metric,
      ruleName: name,
      required: required.has(name),
    })
  }
  for (const name of required) {
    if (!candidate.metrics.has(name) && !baseline?.metrics.has(name) && !covered.has(name))
      rows.push({ name, ruleName: name, required: true })
  }
  errors.push(...lookalikeErrors(candidate, baseline, missing))
  return { rows, errors, notes }
}

/** A row per candidate metric; a declared rename adds one under the old name's rule and covers that name. */
function candidateRows(
  candidate: ModelVersion,
  baseline: Baseline | undefined,
  required: ReadonlySet<string>,
) {
  const rows: PlannedRow[] = []
  const errors: InputError[] = []
  const notes: string[] = []
  const covered = new Set<string>()
  for (const [name, m] of candidate.metrics) {
    const old = m.renamedFrom
    const oldValue = old === undefined ? undefined : baseline?.metrics.get(old)?.metric
    if (old !== undefined && candidate.metrics.has(old)) {
      errors.push(
        at(
          m,
          `metric ${quote(name)} declares renamed_from ${quote(old)}, but ${quote(old)} is still reported`,
        ),
      )
    }
    if (old !== undefined && oldValue) {
      covered.add(old)
      const req = required.has(old) || required.has(name)
      rows.push({ name, candidate: m, baseline: oldValue, ruleName: old, required: req, renamedFrom: old })
      if (!baseline?.metrics.has(name)) continue
    } else if (old !== undefined && baseline) {
      notes.push(`${name} declares renamed_from ${old}, but production has no metric ${old}`)
    }
    const value = baseline?.metrics.get(name)?.metric
    rows.push({ name, candidate: m, baseline: value, ruleName: name, required: required.has(name) })
  }
  return { rows, errors, notes, covered }
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
    if (!a) continue
    const c = b.metric
    for (const key of ['n', 'std', 'ci'] as const) {
      const x = a[key]
      const y = c[key]
      if (JSON.stringify(x) === JSON.stringify(y)) continue
      const kind = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed'
      changes.push({
        section: 'metrics',
        key: `${name}.${key}`,
        kind,
        ...(x !== undefined ? { before: x as Plain } : {}),
        ...(y !== undefined ? { after: y as Plain } : {}),
      })
    }
    const widened = widening(a, c)
    if (widened) warnings.push(`${name}: ${widened}: significance tests will treat the metric as noisier`)
  }
  return { changes, warnings }
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
  policy: Policy,
  modelPolicy: ModelPolicy,
  comparisons: readonly MetricComparison[],
): ModelTrend | undefined {
  const name = candidate.manifest.name
  const history = baseline.history?.length
    ? baseline.history
    : [{ version: baseline.manifest.version, metrics: metricValues(baseline.metrics) }]
  const current = { version: candidate.manifest.version, metrics: metricValues(candidate.metrics) }
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
    production: metricValues(baseline.metrics),
    metrics: chosen,
    rule: (m) => rules.get(m) ?? modelPolicy.rule(m),
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
  readonly named?: boolean
  readonly renamedFrom?: string
  /** Set when the evaluation data changed: what changed. */
  readonly evaluationChanged?: string
  readonly comparability?: 'strict' | 'warn'
  readonly alpha?: number
}

export function compareMetric(input: MetricInput): MetricComparison {
  const { name, rule, required, baseline } = input
  const candidate = input.candidate?.metric
  const base = {
    name,
    rule,
    required,
    ...(input.named ? { named: true } : {}),
    ...(input.renamedFrom ? { renamedFrom: input.renamedFrom } : {}),
    ...(baseline ? { baseline } : {}),
    ...(candidate ? { candidate } : {}),
    ...(input.candidate ? { file: input.candidate.file, line: input.candidate.line } : {}),
  }
  if (!candidate) {
    // A metric the policy names may not disappear to escape its rule.
    const fails = required || (baseline !== undefined && input.named === true)
    return { ...base, verdict: 'missing', level: fails ? 'fail' : 'warn' }
  }
  const bounded = boundsVerdict(candidate.value, rule)
  if (!baseline) {
    return bounded ? { ...base, verdict: bounded, level: 'fail' } : { ...base, verdict: 'new', level: 'pass' }
  }
  const delta = candidate.value - baseline.value
  const deltaPercent = baseline.value === 0 ? undefined : (delta / Math.abs(baseline.value)) * 100
  const measured = { ...base, delta, ...(deltaPercent !== undefined ? { deltaPercent } : {}) }
  if (bounded) return { ...measured, verdict: bounded, level: 'fail' }
  const judged = thresholdVerdict(baseline, candidate, delta, rule, input.alpha)
  if (input.evaluationChanged === undefined) return { ...measured, ...judged }
  // On changed evaluation data a crossed fail threshold still fails, labelled with what changed.
  if (judged.level === 'fail' && input.comparability !== 'warn')
    return { ...measured, ...judged, evaluationChanged: input.evaluationChanged }
  return { ...measured, verdict: 'not-comparable', level: 'warn' }
}

type Judged = Pick<MetricComparison, 'verdict' | 'level' | 'pValue' | 'insideNoise' | 'noiseIgnored'>

function thresholdVerdict(
  baseline: MetricValue,
  candidate: MetricValue,
  delta: number,
  rule: ResolvedRule,
  alpha: number | undefined,
): Judged {
  const worse = rule.better === 'higher' ? -delta : delta
  const eps = slack(baseline.value, candidate.value)
  if (Math.abs(delta) <= eps) return { verdict: 'unchanged', level: 'pass' }
  if (worse < 0) return { verdict: 'improved', level: 'pass' }
  const beyond = (t: ResolvedRule['fail']) =>
    t !== undefined && worse > toleranceAmount(t, baseline.value) + eps
  if (beyond(rule.fail)) {
    if (alpha === undefined) return { verdict: 'fail', level: 'fail' }
    const p = pValueOfDifference(baseline, candidate)
    if (p === undefined) return { verdict: 'fail', level: 'fail' }
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
  if (beyond(rule.warn)) return { verdict: 'warn', level: 'warn' }
  return { verdict: 'within', level: 'pass' }
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
