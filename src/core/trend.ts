/**
 * A model's trend: its key metrics across its production history, the candidate as the last point, and the
 * line a candidate must not cross. Pure data for the renderers (see report/chart.ts).
 */
import type { MetricComparison } from './report/types.js'
import { matchGlob } from './glob.js'
import type { MetricValue } from './metrics.js'
import { toleranceAmount, type Direction, type ResolvedRule } from './policy.js'

/** At most this many metrics are charted per model. */
export const CHART_MAX_METRICS = 4
/** At most this many points per chart: the newest production versions, then the candidate. */
export const CHART_MAX_POINTS = 20

/** One production version as the registry remembers it, oldest first. */
export interface ProductionPoint {
  readonly version: string
  /** ISO 8601 time it became production, where known. */
  readonly at?: string
  readonly event?: 'promote' | 'rollback'
  readonly metrics: Readonly<Record<string, MetricValue>>
}

/** The value past which a candidate fails: the fail tolerance from production, or a floor or ceiling. */
export interface Threshold {
  readonly value: number
  readonly kind: 'fail' | 'min' | 'max'
}

export interface TrendSeries {
  readonly metric: string
  readonly better: Direction
  /** One per label; undefined where that version has no value for the metric. */
  readonly values: readonly (number | undefined)[]
  readonly threshold?: Threshold
}

export interface ModelTrend {
  /** Versions, oldest first; the candidate's last when `candidate` is true. */
  readonly labels: readonly string[]
  readonly candidate: boolean
  readonly series: readonly TrendSeries[]
  /** Older production versions left out to keep the chart readable. */
  readonly omitted: number
}

export interface TrendInput {
  readonly history: readonly ProductionPoint[]
  readonly candidate?: { readonly version: string; readonly metrics: Readonly<Record<string, MetricValue>> }
  readonly metrics: readonly string[]
  readonly rule: (metric: string) => ResolvedRule
  /** The values the thresholds are measured from; the last point of the history if not given. */
  readonly production?: Readonly<Record<string, MetricValue>>
}

/** The trend of the given metrics; undefined when there is nothing to draw. */
export function buildTrend(input: TrendInput): ModelTrend | undefined {
  const room = CHART_MAX_POINTS - (input.candidate ? 1 : 0)
  const history = input.history.slice(-room)
  const points = input.candidate ? [...history, input.candidate] : history
  if (points.length === 0 || input.metrics.length === 0) return undefined
  const production = input.production ?? input.history.at(-1)?.metrics
  const series = input.metrics.map((metric): TrendSeries => {
    const rule = input.rule(metric)
    const threshold = thresholdOf(rule, production?.[metric]?.value)
    return {
      metric,
      better: rule.better,
      values: points.map((p) => p.metrics[metric]?.value),
      ...(threshold ? { threshold } : {}),
    }
  })
  return {
    labels: points.map((p) => p.version),
    candidate: input.candidate !== undefined,
    series,
    omitted: input.history.length - history.length,
  }
}

/** The value a candidate must stay on the right side of, given production's value. */
export function thresholdOf(rule: ResolvedRule, production: number | undefined): Threshold | undefined {
  const higher = rule.better === 'higher'
  let out: Threshold | undefined
  if (production !== undefined && rule.fail) {
    const amount = toleranceAmount(rule.fail, production)
    out = { value: higher ? production - amount : production + amount, kind: 'fail' }
  }
  const bound = higher ? rule.min : rule.max
  if (bound !== undefined && (out === undefined || (higher ? bound > out.value : bound < out.value))) {
    out = { value: bound, kind: higher ? 'min' : 'max' }
  }
  return out
}

/**
 * Which metrics to chart: the policy's `chart` list (names or globs) when it sets one, else the metrics that
 * failed, then those that warned, then the required ones; only metrics with a value somewhere, at most
 * CHART_MAX_METRICS. With neither a list nor a verdict (a history), the first metrics production reports.
 */
export function chartMetricNames(input: {
  readonly available: readonly string[]
  readonly configured?: readonly string[]
  readonly comparisons?: readonly MetricComparison[]
  readonly required: readonly string[]
}): string[] {
  const { available, configured, comparisons } = input
  const has = new Set(available)
  if (!configured && comparisons) return chartedByVerdict(comparisons, input.required, (m) => has.has(m))
  let wanted: string[]
  if (configured) {
    wanted = configured.flatMap((p) => (has.has(p) ? [p] : available.filter((m) => matchGlob(p, m, '.'))))
  } else {
    wanted = input.required.length ? [...input.required] : [...available]
  }
  return [...new Set(wanted)].filter((m) => has.has(m)).slice(0, CHART_MAX_METRICS)
}

/**
 * chartMetricNames without a configured list: the metrics that failed, then those that warned, then the
 * required ones; each once, only those `has` says have a value, at most CHART_MAX_METRICS. Stops reading
 * the comparisons once the chart is full.
 */
export function chartedByVerdict(
  comparisons: readonly MetricComparison[],
  required: readonly string[],
  has: (metric: string) => boolean,
): string[] {
  const out: string[] = []
  const take = (m: string) => {
    if (!out.includes(m) && has(m)) out.push(m)
  }
  for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
    const c = comparisons[i] as MetricComparison
    if (c.level === 'fail') take(c.name)
  }
  for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
    const c = comparisons[i] as MetricComparison
    if (c.level === 'warn') take(c.name)
  }
  for (let i = 0; i < required.length && out.length < CHART_MAX_METRICS; i++) take(required[i] as string)
  return out
}

/** Every metric name with a value at some point, in first-seen order. */
export function metricNamesOf(points: readonly { readonly metrics: Readonly<Record<string, unknown>> }[]) {
  return [...new Set(points.flatMap((p) => Object.keys(p.metrics)))]
}
