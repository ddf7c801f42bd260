/**
 * The report's types: what the comparison (core/compare.ts) returns and every renderer (core/report/) reads.
 *
 * Names of a model's outcome, the same here as in the JSON report: `status` is what happened to its manifest
 * (changed, new, invalid, removed); `verdict` is pass, warn or fail after any acceptance and `gateVerdict`
 * (JSON `gate_verdict`) before it; a run's `verdict` is its models' worst, or 'skip'. A metric's `verdict`
 * says how it moved (improved, within, fail, ...: SPEC.md's list) and its `level` what that means for the gate.
 */
import type { InputError } from '../diagnostics.js'
import type { MetricValue, SkippedMetric } from '../metrics.js'
import type { PolicyDiff } from '../policy-diff.js'
import type { ResolvedRule } from '../policy.js'
import type { SnapshotChange } from '../snapshot-diff.js'
import type { ModelTrend } from '../trend.js'

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
  /** The policy names this metric (a rule, a bound or require): it may not go missing. */
  readonly named?: boolean
  readonly verdict: MetricVerdict
  readonly level: Level
  /** p-value of the difference, when both sides carry noise information and significance is on */
  readonly pValue?: number
  /** A failure downgraded to a warning because it is inside the measurement noise. */
  readonly insideNoise?: boolean
  /** Why the noise was not allowed to soften this failure (the baseline's sample is too small). */
  readonly noiseIgnored?: string
  /** The candidate declared this metric a rename: it is compared with the old name's production value. */
  readonly renamedFrom?: string
  /** A failure on changed evaluation data: what changed, so whoever accepts it knows what they accept. */
  readonly evaluationChanged?: string
  /** Where the candidate's value is written, for annotations. */
  readonly file?: string
  readonly line?: number
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

/** An acceptance found for this head: it holds, or it lapsed because production moved since. */
export type AcceptanceLookup =
  | { readonly kind: 'held'; readonly acceptance: Acceptance }
  | { readonly kind: 'lapsed'; readonly acceptance: Acceptance; readonly why: string }

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
  /** Identity of the production version compared with (version + content digest), for acceptances. */
  readonly baselineDigest?: string
  /** The model's previous name, when this change renames it: it is compared with that name's production. */
  readonly renamedFrom?: string
  /** Files the model references that changed (besides its manifest): why it was checked. */
  readonly checkedBecause?: readonly string[]
  /** Referenced files the job produced (`source: workspace`, not in git): their metrics were measured in this run. */
  readonly measuredInRun?: readonly string[]
  readonly baselinePromoted?: Promotion
  readonly identity?: ModelIdentity
  readonly metrics: readonly MetricComparison[]
  readonly changes: readonly SnapshotChange[]
  /** Problems that stop the model from being compared (invalid manifest, unreadable registry entry). */
  readonly errors: readonly InputError[]
  /** Findings that make the model a warning by themselves (a rename, a noisier sample). */
  readonly warnings?: readonly string[]
  /** Facts worth knowing that change no verdict. */
  readonly notes: readonly string[]
  readonly skipped?: readonly SkippedMetric[]
  readonly accepted?: Acceptance
  /** An acceptance recorded for this head that no longer holds, and why. */
  readonly acceptanceLapsed?: string
  /** The verdict before any acceptance. */
  readonly gateVerdict: Level
  readonly verdict: Level
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
  /** What a pull request that touches the policy file would change; loosening is a warning. */
  readonly policyChanges?: PolicyDiff
  /** The registry branch is not there: every model looks new (see core/fail-on.ts). */
  readonly registryMissing?: { readonly branch: string; readonly level: Level }
}
