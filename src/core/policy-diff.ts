/**
 * What a proposed policy changes, rule by rule, compared with the policy in force: each difference is looser
 * (the gate lets more through), tighter, or neutral. Pure: two parsed policies in, a list of changes out.
 *
 * Rules are compared as they resolve, at four levels: the defaults; each metric the policy names, for every
 * model; each model override's defaults; and each metric a model override names, for that model. A change is
 * listed at the most general level where it shows, so one edit of `defaults` is one row, not one per metric.
 */
import { worst } from './levels.js'
import type { RunVerdict } from './report/types.js'
import { isGlob } from './glob.js'
import {
  DEFAULT_METRICS_PER_RUN,
  formatTolerance,
  requiredMetrics,
  resolveRule,
  type MetricRule,
  type Policy,
  type ResolvedRule,
  type Tolerance,
} from './policy.js'

export type PolicyEffect = 'looser' | 'tighter' | 'neutral'

export interface PolicyChange {
  /** Where the rule is written, as a key path of the policy file: 'defaults', 'metrics.accuracy',
   * 'models.churn.defaults', 'models.churn.metrics.auc', 'require', 'models.churn.require', 'significance'. */
  readonly scope: string
  /** What changed: warn, fail, min, max, better, a required metric's name, alpha, or rule (added or removed). */
  readonly setting: string
  /** The setting in the policy in force, as written ('none' when unset). */
  readonly before: string
  /** The setting in the proposed policy. */
  readonly after: string
  readonly effect: PolicyEffect
  /** Why, when the effect is not plain from the values (e.g. "changed kind"). */
  readonly note?: string
}

export interface PolicyDiff {
  /** The policy in force: a path, or 'built-in defaults'. */
  readonly before: string
  /** The proposed policy: a path, or 'built-in defaults' when the file is deleted. */
  readonly after: string
  readonly changes: readonly PolicyChange[]
}

/** Past this many rules in one policy the diff is not computed rule by rule: one looser row says so. */
export const POLICY_DIFF_MAX_RULES = 1000

const TIERS = ['warn', 'fail'] as const
const BOUNDS = ['min', 'max'] as const

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const out = { before: before.source, after: after.source }
  const size = Math.max(ruleCount(before), ruleCount(after))
  if (size > POLICY_DIFF_MAX_RULES) {
    const note = `${size} rules, over the ${POLICY_DIFF_MAX_RULES} compared one by one: review it by hand`
    return { ...out, changes: [change('policy', 'rules', 'in force', 'proposed', 'looser', note)] }
  }
  const changes: PolicyChange[] = []
  const base = ruleAt(before, after, undefined, undefined)
  changes.push(...ruleChanges('defaults', base))
  for (const metric of metricNames(before, after)) {
    const at = ruleAt(before, after, undefined, metric)
    const scope = `metrics.${metric}`
    const rows = ruleChanges(scope, at, [base])
    changes.push(
      ...(rows.length ? rows : presence(scope, hasMetric(before, metric), hasMetric(after, metric))),
    )
  }
  changes.push(...requireChanges('require', before.require, after.require))
  changes.push(...significanceChanges(before, after))
  changes.push(...limitChanges(before, after))
  for (const model of modelPatterns(before, after)) changes.push(...modelChanges(before, after, model, base))
  return { ...out, changes }
}

function modelChanges(before: Policy, after: Policy, model: string, base: Pair): PolicyChange[] {
  const scope = `models.${model}`
  const own = ruleAt(before, after, model, undefined)
  const changes = ruleChanges(`${scope}.defaults`, own, [base])
  for (const metric of modelMetricNames(before, after, model)) {
    const parents = [ruleAt(before, after, undefined, metric), own]
    changes.push(...ruleChanges(`${scope}.metrics.${metric}`, ruleAt(before, after, model, metric), parents))
  }
  const global = new Set([...before.require, ...after.require])
  const required = (p: Policy) => requiredMetrics(p, model).filter((m) => !global.has(m))
  changes.push(...requireChanges(`${scope}.require`, required(before), required(after)))
  if (changes.length === 0) {
    const has = (p: Policy) => p.models.some((o) => o.pattern === model)
    changes.push(...presence(scope, has(before), has(after)))
  }
  return changes
}

type Pair = readonly [ResolvedRule, ResolvedRule]

/**
 * The rule both policies resolve to for a model and a metric; an undefined model means "a model no override
 * names", an undefined metric "a metric no rule names".
 */
function ruleAt(before: Policy, after: Policy, model: string | undefined, metric: string | undefined): Pair {
  const at = (p: Policy): ResolvedRule => {
    const metrics = metric === undefined ? [] : p.metrics
    const models =
      model === undefined ? [] : p.models.map((o) => (metric === undefined ? { ...o, metrics: [] } : o))
    return resolveRule({ ...p, metrics, models }, model ?? '', metric ?? '')
  }
  return [at(before), at(after)]
}

/** The settings that differ between a pair, unless a parent level shows the very same difference. */
function ruleChanges(scope: string, [a, b]: Pair, parents: readonly Pair[] = []): PolicyChange[] {
  const out: PolicyChange[] = []
  const shownAbove = (key: keyof MetricRule) =>
    parents.some(([pa, pb]) => same(pa[key], a[key]) && same(pb[key], b[key]))
  if (a.better !== b.better && !shownAbove('better')) {
    out.push(change(scope, 'better', a.better, b.better, 'looser', 'a worse value now counts as better'))
  }
  for (const tier of TIERS) {
    if (same(a[tier], b[tier]) || shownAbove(tier)) continue
    out.push(toleranceChange(scope, tier, a[tier], b[tier]))
  }
  for (const bound of BOUNDS) {
    if (a[bound] === b[bound] || shownAbove(bound)) continue
    out.push(boundChange(scope, bound, a[bound], b[bound]))
  }
  return out
}

function same(x: ResolvedRule[keyof ResolvedRule], y: ResolvedRule[keyof ResolvedRule]): boolean {
  if (typeof x === 'object' && typeof y === 'object') return formatTolerance(x) === formatTolerance(y)
  return x === y
}

/**
 * A larger tolerance is looser, a removed one looser, an added one tighter. A percentage and an absolute
 * amount cannot be compared without a baseline value, so a change of kind counts as looser unless the new
 * tolerance is zero (nothing is stricter than zero).
 */
export function toleranceChange(
  scope: string,
  tier: 'warn' | 'fail',
  a: Tolerance | undefined,
  b: Tolerance | undefined,
): PolicyChange {
  const show = (t: Tolerance | undefined) => (t ? formatTolerance(t) : 'none')
  const row = (effect: PolicyEffect, note?: string) => change(scope, tier, show(a), show(b), effect, note)
  if (!a) return row('tighter')
  if (!b) return row('looser')
  const size = (t: Tolerance) => (t.kind === 'absolute' ? t.amount : t.percent)
  if (a.kind === b.kind) return row(size(b) > size(a) ? 'looser' : 'tighter')
  if (size(b) === 0) return row(size(a) === 0 ? 'neutral' : 'tighter', 'changed kind')
  return row('looser', 'changed kind: which is wider depends on the baseline value')
}

/** A lower floor or a higher ceiling is looser; a removed bound looser, an added one tighter. */
export function boundChange(
  scope: string,
  bound: 'min' | 'max',
  a: number | undefined,
  b: number | undefined,
): PolicyChange {
  const show = (n: number | undefined) => (n === undefined ? 'none' : String(n))
  const row = (effect: PolicyEffect) => change(scope, bound, show(a), show(b), effect)
  if (a === undefined) return row('tighter')
  if (b === undefined) return row('looser')
  const higher = b > a
  return row(higher === (bound === 'max') ? 'looser' : 'tighter')
}

function requireChanges(scope: string, a: readonly string[], b: readonly string[]): PolicyChange[] {
  const removed = a.filter((m) => !b.includes(m))
  const added = b.filter((m) => !a.includes(m))
  return [
    ...removed.map((m) => change(scope, m, 'required', 'not required', 'looser')),
    ...added.map((m) => change(scope, m, 'not required', 'required', 'tighter')),
  ]
}

/**
 * With significance on, a failure whose p-value is above alpha becomes a warning: turning it on, or lowering
 * alpha, lets more failures through; turning it off, or raising alpha, fewer.
 */
export function significanceChanges(before: Policy, after: Policy): PolicyChange[] {
  const a = before.significance?.alpha
  const b = after.significance?.alpha
  if (a === b) return []
  const show = (x: number | undefined) => (x === undefined ? 'off' : String(x))
  const effect: PolicyEffect =
    a === undefined ? 'looser' : b === undefined ? 'tighter' : b < a ? 'looser' : 'tighter'
  return [change('significance', 'alpha', show(a), show(b), effect)]
}

/** A higher metric bound lets a run compare more (and refuse fewer models): looser; a lower one, tighter. */
export function limitChanges(before: Policy, after: Policy): PolicyChange[] {
  const a = before.metricsPerRun ?? DEFAULT_METRICS_PER_RUN
  const b = after.metricsPerRun ?? DEFAULT_METRICS_PER_RUN
  if (a === b) return []
  return [change('limits', 'metrics_per_run', String(a), String(b), b > a ? 'looser' : 'tighter')]
}

function presence(scope: string, a: boolean, b: boolean): PolicyChange[] {
  if (a === b) return []
  return [
    change(scope, 'rule', a ? 'set' : 'none', b ? 'set' : 'none', 'neutral', 'same as what it inherits'),
  ]
}

function change(
  scope: string,
  setting: string,
  before: string,
  after: string,
  effect: PolicyEffect,
  note?: string,
): PolicyChange {
  return { scope, setting, before, after, effect, ...(note ? { note } : {}) }
}

function metricNames(before: Policy, after: Policy): string[] {
  return sortedUnion([...before.metrics, ...after.metrics].map((r) => r.pattern))
}

function hasMetric(p: Policy, metric: string): boolean {
  return p.metrics.some((r) => r.pattern === metric)
}

function modelPatterns(before: Policy, after: Policy): string[] {
  return sortedUnion([...before.models, ...after.models].map((o) => o.pattern))
}

function modelMetricNames(before: Policy, after: Policy, model: string): string[] {
  const own = [...before.models, ...after.models].filter((o) => o.pattern === model)
  return sortedUnion(own.flatMap((o) => o.metrics.map((r) => r.pattern)))
}

function sortedUnion(names: readonly string[]): string[] {
  return [...new Set(names)].sort((x, y) => (isGlob(x) === isGlob(y) ? (x < y ? -1 : 1) : isGlob(x) ? -1 : 1))
}

function ruleCount(p: Policy): number {
  return p.metrics.length + p.require.length + p.models.reduce((n, o) => n + 1 + o.metrics.length, 0)
}

export function countEffects(diff: PolicyDiff | undefined): Record<PolicyEffect, number> {
  const counts = { looser: 0, tighter: 0, neutral: 0 }
  for (const c of diff?.changes ?? []) counts[c.effect]++
  return counts
}

/** Loosening the gate is a warning (so `fail-on: warn` blocks it); tightening it is not. */
export function policyDiffLevel(diff: PolicyDiff | undefined): 'pass' | 'warn' {
  return diff?.changes.some((c) => c.effect === 'looser') ? 'warn' : 'pass'
}

/** The run's verdict once the proposed policy is counted: a policy change alone is checked, not skipped. */
export function withPolicyChanges(verdict: RunVerdict, diff: PolicyDiff | undefined): RunVerdict {
  if (!diff) return verdict
  const level = policyDiffLevel(diff)
  return verdict === 'skip' ? level : worst([verdict, level])
}
