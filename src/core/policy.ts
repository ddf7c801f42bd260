/**
 * The gate's policy (`.github/model-gate.yml`): how far each metric may get worse before it warns or fails,
 * absolute bounds, required metrics, significance, and per-model overrides. Always read from the base.
 */
import { quote } from './diagnostics.js'
import { isPlainMap, parseDocument, type PathSegment, type Plain, type PlainMap } from './document.js'
import { FieldReader } from './fields.js'
import { globMatcher, isGlob, matchGlob } from './glob.js'

export type Direction = 'higher' | 'lower'

/** How far a metric may move in its worse direction: an absolute amount, or a percentage of the baseline. */
export type Tolerance =
  | { readonly kind: 'absolute'; readonly amount: number }
  | { readonly kind: 'percent'; readonly percent: number }

export interface MetricRule {
  readonly better?: Direction
  readonly warn?: Tolerance
  readonly fail?: Tolerance
  readonly min?: number
  readonly max?: number
}

export interface PatternRule {
  readonly pattern: string
  readonly rule: MetricRule
}

export interface ModelOverride {
  readonly pattern: string
  readonly defaults: MetricRule
  readonly metrics: readonly PatternRule[]
  readonly require: readonly string[]
  /** Metrics (names or globs) to chart for matching models; replaces the global list. */
  readonly chart?: readonly string[]
}

export interface Policy {
  /** Where the policy came from: a file path, or 'built-in defaults'. */
  readonly source: string
  readonly defaults: MetricRule
  readonly metrics: readonly PatternRule[]
  readonly require: readonly string[]
  /** When set, a regression inside the measurement noise is a warning, not a failure. */
  readonly significance?: { readonly alpha: number }
  /**
   * What a changed evaluation set does to a regression: `strict` (the default) still fails a metric that
   * crosses its fail threshold; `warn` makes every metric on changed evaluation data a warning.
   */
  readonly comparability?: 'strict' | 'warn'
  readonly models: readonly ModelOverride[]
  /** Metrics (names or globs) charted in the report's trend; unset: see chartMetrics in core/trend.ts. */
  readonly chart?: readonly string[]
  /** `limits.metrics_per_run`: the run's metric bound, raised (or lowered) from DEFAULT_METRICS_PER_RUN. */
  readonly metricsPerRun?: number
}

/** How many metrics one run compares, over every changed model, unless the policy says otherwise. */
export const DEFAULT_METRICS_PER_RUN = 50_000
/** The most a policy may raise that bound to: the work and the reports grow with it. */
export const MAX_METRICS_PER_RUN = 1_000_000

/** The rule that applies to one metric of one model, with every tier resolved. */
export interface ResolvedRule {
  readonly better: Direction
  /** True when `better` was not configured but guessed from the metric's name. */
  readonly betterInferred: boolean
  readonly warn?: Tolerance
  readonly fail?: Tolerance
  readonly min?: number
  readonly max?: number
}

/** Applies where there is no policy file, and under every key a policy file does not set. */
export const BUILT_IN_DEFAULTS: MetricRule = {
  warn: { kind: 'percent', percent: 0.5 },
  fail: { kind: 'percent', percent: 1 },
}

export const DEFAULT_POLICY: Policy = {
  source: 'built-in defaults',
  defaults: BUILT_IN_DEFAULTS,
  metrics: [],
  require: [],
  models: [],
}

export { DEFAULT_POLICY_PATH } from './defaults.js'

const RULE_KEYS = ['better', 'warn', 'fail', 'min', 'max'] as const

export function parsePolicy(text: string, file: string): Policy {
  const doc = parseDocument(text, file)
  const r = new FieldReader(doc)
  const root: PlainMap = doc.value === null ? {} : (r.map(doc.value, []) ?? {})
  r.onlyKeys(
    root,
    [],
    ['defaults', 'metrics', 'require', 'significance', 'comparability', 'models', 'chart', 'limits'],
  )

  const defaults = readRule(r, root.defaults, ['defaults'])
  const metrics = readPatternRules(r, root.metrics, ['metrics'])
  const require = readRequire(r, root.require, ['require'])
  const chart = r.stringList(root.chart, ['chart'])
  const significance = readSignificance(r, root.significance)
  const comparability = r.string(root.comparability, ['comparability'])
  if (comparability !== undefined && comparability !== 'strict' && comparability !== 'warn') {
    r.fail(['comparability'], `comparability must be 'strict' or 'warn', not ${quote(comparability)}`)
  }
  const metricsPerRun = readLimits(r, root.limits)
  const models: ModelOverride[] = []
  const modelMap = r.map(root.models, ['models'])
  for (const [pattern, value] of Object.entries(modelMap ?? {})) {
    const path = ['models', pattern]
    const override = r.map(value, path)
    if (!override) continue
    r.onlyKeys(override, path, ['defaults', 'metrics', 'require', 'chart'])
    const modelChart = r.stringList(override.chart, [...path, 'chart'])
    models.push({
      pattern,
      defaults: readRule(r, override.defaults, [...path, 'defaults']),
      metrics: readPatternRules(r, override.metrics, [...path, 'metrics']),
      require: readRequire(r, override.require, [...path, 'require']),
      ...(modelChart ? { chart: modelChart } : {}),
    })
  }
  const first = r.errors[0]
  if (first) throw first
  return {
    source: file,
    defaults: { ...BUILT_IN_DEFAULTS, ...defaults },
    metrics,
    require,
    ...(significance ? { significance } : {}),
    ...(comparability === 'warn' ? { comparability: 'warn' as const } : {}),
    models,
    ...(chart ? { chart } : {}),
    ...(metricsPerRun !== undefined ? { metricsPerRun } : {}),
  }
}

function readSignificance(r: FieldReader, value: Plain | undefined): Policy['significance'] {
  const sig = r.map(value, ['significance'])
  if (!sig) return undefined
  r.onlyKeys(sig, ['significance'], ['alpha'])
  const alpha = r.number(sig.alpha, ['significance', 'alpha'])
  if (alpha === undefined || alpha <= 0 || alpha >= 1) {
    r.fail(['significance', 'alpha'], 'significance.alpha must be a number between 0 and 1')
    return undefined
  }
  return { alpha }
}

/** `limits: {metrics_per_run: N}`: a whole number from 1 to MAX_METRICS_PER_RUN. */
function readLimits(r: FieldReader, value: Plain | undefined): number | undefined {
  const limits = r.map(value, ['limits'])
  if (!limits) return undefined
  r.onlyKeys(limits, ['limits'], ['metrics_per_run'])
  const n = r.number(limits.metrics_per_run, ['limits', 'metrics_per_run'])
  if (n === undefined) return undefined
  if (!Number.isInteger(n) || n < 1 || n > MAX_METRICS_PER_RUN) {
    r.fail(
      ['limits', 'metrics_per_run'],
      `limits.metrics_per_run must be a whole number from 1 to ${MAX_METRICS_PER_RUN.toLocaleString('en-US')}`,
    )
    return undefined
  }
  return n
}

function readRequire(r: FieldReader, value: Plain | undefined, path: PathSegment[]): string[] {
  return r.stringList(value, path) ?? []
}

function readPatternRules(r: FieldReader, value: Plain | undefined, path: PathSegment[]): PatternRule[] {
  const map = r.map(value, path)
  if (!map) return []
  return Object.entries(map).map(([pattern, rule]) => ({
    pattern,
    rule: readRule(r, rule, [...path, pattern]),
  }))
}

function readRule(r: FieldReader, value: Plain | undefined, path: PathSegment[]): MetricRule {
  if (value === undefined || value === null) return {}
  if (!isPlainMap(value)) {
    r.fail(path, `${r.label(path)} must be a mapping of ${RULE_KEYS.join(', ')}`)
    return {}
  }
  r.onlyKeys(value, path, RULE_KEYS)
  const rule: { -readonly [K in keyof MetricRule]: MetricRule[K] } = {}
  const better = r.string(value.better, [...path, 'better'])
  if (better !== undefined) {
    if (better === 'higher' || better === 'lower') rule.better = better
    else
      r.fail(
        [...path, 'better'],
        `${r.label([...path, 'better'])} must be 'higher' or 'lower', not ${quote(better)}`,
      )
  }
  for (const tier of ['warn', 'fail'] as const) {
    const tolerance = readTolerance(r, value[tier], [...path, tier])
    if (tolerance) rule[tier] = tolerance
  }
  for (const bound of ['min', 'max'] as const) {
    const n = r.number(value[bound], [...path, bound])
    if (n !== undefined) rule[bound] = n
  }
  return rule
}

const PERCENT = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/

function readTolerance(r: FieldReader, value: Plain | undefined, path: PathSegment[]): Tolerance | undefined {
  if (value === undefined || value === null) return undefined
  const label = r.label(path)
  if (typeof value === 'number') {
    if (value < 0) return r.fail(path, `${label} must not be negative`)
    return { kind: 'absolute', amount: value }
  }
  if (typeof value === 'string') {
    const m = PERCENT.exec(value)
    if (m?.[1]) return { kind: 'percent', percent: Number(m[1]) }
    return r.fail(
      path,
      `${label} ${quote(value)} is not a percentage like '1%' or '0.5%', nor an absolute number`,
    )
  }
  return r.fail(path, `${label} must be an absolute number or a percentage like '1%'`)
}

const LOWER_IS_BETTER = new Set([
  'loss',
  'error',
  'err',
  'errors',
  'latency',
  'rmse',
  'mse',
  'mae',
  'mape',
  'smape',
  'rmsle',
  'perplexity',
  'ppl',
  'wer',
  'cer',
  'ter',
  'size',
  'cost',
  'time',
  'duration',
  'seconds',
  'ms',
  'memory',
  'mem',
  'bytes',
  'mb',
  'gb',
  'fpr',
  'fnr',
  'far',
  'frr',
  'eer',
  'brier',
  'logloss',
  'nll',
  'bpc',
  'bpd',
  'distance',
  'drift',
  'p50',
  'p90',
  'p95',
  'p99',
])

/** Guess the better direction from the last segment of a metric's name. */
export function inferDirection(metric: string): Direction {
  const last = metric.split('.').at(-1) ?? metric
  const tokens = last
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return tokens.some((t) => LOWER_IS_BETTER.has(t)) ? 'lower' : 'higher'
}

/**
 * The rule for one metric of one model. Layers, each setting only what it sets: built-in defaults, the
 * policy's defaults, the global metric rules (globs in file order, then the exact name), the model's
 * defaults, then the model's metric rules (globs, then the exact name).
 */
export function resolveRule(policy: Policy, model: string, metric: string): ResolvedRule {
  return resolveWith(policy, modelsMatching(policy, model), metric)
}

function resolveWith(policy: Policy, overrides: readonly ModelOverride[], metric: string): ResolvedRule {
  const layers: MetricRule[] = [BUILT_IN_DEFAULTS, policy.defaults, ...matching(policy.metrics, metric)]
  for (const override of overrides) layers.push(override.defaults, ...matching(override.metrics, metric))
  const merged: { -readonly [K in keyof MetricRule]: MetricRule[K] } = {}
  for (const layer of layers) {
    for (const key of RULE_KEYS) {
      const v = layer[key]
      if (v !== undefined) (merged as Record<string, unknown>)[key] = v
    }
  }
  const { better, ...rest } = merged
  return better
    ? { better, betterInferred: false, ...rest }
    : { better: inferDirection(metric), betterInferred: true, ...rest }
}

/** The model overrides that apply to a model, in file order. */
function modelsMatching(policy: Policy, model: string): ModelOverride[] {
  return policy.models.filter((o) => matchGlob(o.pattern, model, '/'))
}

function matching(rules: readonly PatternRule[], metric: string): MetricRule[] {
  const globs = rules.filter((p) => isGlob(p.pattern) && matchGlob(p.pattern, metric, '.'))
  const exact = rules.filter((p) => !isGlob(p.pattern) && p.pattern === metric)
  return [...globs, ...exact].map((p) => p.rule)
}

/**
 * Does the policy name this metric of this model: a rule (exact or glob, global or the model's), or
 * `require`? A named metric that production has may not disappear from a candidate.
 */
export function namesMetric(policy: Policy, model: string, metric: string): boolean {
  return namesWith(policy, modelsMatching(policy, model), metric)
}

function namesWith(policy: Policy, overrides: readonly ModelOverride[], metric: string): boolean {
  const matches = (rules: readonly PatternRule[]) =>
    rules.some((p) => (isGlob(p.pattern) ? matchGlob(p.pattern, metric, '.') : p.pattern === metric))
  if (matches(policy.metrics) || policy.require.includes(metric)) return true
  if (policy.defaults.min !== undefined || policy.defaults.max !== undefined) return true
  return overrides.some((o) => matches(o.metrics) || o.require.includes(metric))
}

/** The policy as it applies to one model: what resolveRule and namesMetric say, each name worked out once. */
export interface ModelPolicy {
  rule(metric: string): ResolvedRule
  names(metric: string): boolean
  /** rule and names at once: one lookup. */
  resolve(metric: string): ResolvedMetric
  /** requiredMetrics(policy, model). */
  readonly required: readonly string[]
  /** chartedMetrics(policy, model). */
  readonly chart: readonly string[] | undefined
}

/** One metric's rule for one model, and whether the policy names it. */
export interface ResolvedMetric {
  readonly rule: ResolvedRule
  readonly named: boolean
}

/**
 * Per policy, then per set of matching model overrides (models that match the same overrides share it):
 * each metric name's rule, resolved once. A policy is immutable once parsed, so a resolution never goes
 * stale; the memo lives as long as the policy does.
 */
const resolvedByPolicy = new WeakMap<Policy, Map<string, Map<string, ResolvedMetric>>>()

/**
 * Compile the policy for one model: the model overrides are matched once, and every metric name's rule and
 * whether the policy names it are resolved once (globs included) and remembered, so comparing a metric is
 * a lookup and arithmetic. Gives the same answers as resolveRule, namesMetric, requiredMetrics and
 * chartedMetrics.
 */
export function policyFor(policy: Policy, model: string): ModelPolicy {
  const overrides: ModelOverride[] = []
  const matchers = overrideMatchers(policy)
  let key = ''
  for (let i = 0; i < policy.models.length; i++) {
    const o = policy.models[i] as ModelOverride
    if (!(matchers[i] as (model: string) => boolean)(model)) continue
    overrides.push(o)
    key = key ? `${key},${i}` : String(i)
  }
  let byOverrides = resolvedByPolicy.get(policy)
  if (!byOverrides) resolvedByPolicy.set(policy, (byOverrides = new Map()))
  let memo = byOverrides.get(key)
  if (!memo) byOverrides.set(key, (memo = new Map()))
  const resolved = memo
  const resolve = (metric: string): ResolvedMetric => {
    let r = resolved.get(metric)
    if (!r) {
      r = { rule: resolveWith(policy, overrides, metric), named: namesWith(policy, overrides, metric) }
      resolved.set(metric, r)
    }
    return r
  }
  return {
    rule: (metric) => resolve(metric).rule,
    names: (metric) => resolve(metric).named,
    resolve,
    required: requiredOf(policy, overrides),
    chart: chartOf(policy, overrides),
  }
}

/** Each model override's pattern as a matcher, scanned and compiled once per policy. */
const matchersByPolicy = new WeakMap<Policy, ((model: string) => boolean)[]>()

function overrideMatchers(policy: Policy): ((model: string) => boolean)[] {
  let matchers = matchersByPolicy.get(policy)
  if (!matchers) {
    matchers = policy.models.map((o) => globMatcher(o.pattern, '/'))
    matchersByPolicy.set(policy, matchers)
  }
  return matchers
}

/** Metrics every checked model must report: the global list plus each matching model's list. */
export function requiredMetrics(policy: Policy, model: string): string[] {
  return requiredOf(policy, modelsMatching(policy, model))
}

function requiredOf(policy: Policy, overrides: readonly ModelOverride[]): string[] {
  if (overrides.length === 0 && policy.require.length === 0) return []
  const out = new Set(policy.require)
  for (const override of overrides) override.require.forEach((m) => out.add(m))
  return [...out]
}

/** The metrics to chart for a model, as the policy sets them: the last matching model's list, else the global one. */
export function chartedMetrics(policy: Policy, model: string): readonly string[] | undefined {
  return chartOf(policy, modelsMatching(policy, model))
}

function chartOf(policy: Policy, overrides: readonly ModelOverride[]): readonly string[] | undefined {
  let out = policy.chart
  for (const override of overrides) if (override.chart) out = override.chart
  return out
}

export function formatTolerance(t: Tolerance): string {
  return t.kind === 'percent' ? `${t.percent}%` : String(t.amount)
}

/** The tolerance in the metric's own units, for a given baseline value. */
export function toleranceAmount(t: Tolerance, baseline: number): number {
  return t.kind === 'absolute' ? t.amount : (Math.abs(baseline) * t.percent) / 100
}
