/**
 * How many metrics one model and one run may compare: the work (and every report) grows with them, so both
 * are bounded. Past a bound the model is an error with a clear message, and the others are still checked.
 */
import { InputError, type SourcePosition } from '../core/diagnostics.js'
import { DEFAULT_METRICS_PER_RUN } from '../core/policy.js'

export const METRIC_LIMITS = {
  /** Most metrics of one model version: the manifest's and its metrics files' together. */
  perModel: 10_000,
  /** Most metrics of one run, over every changed model, taken in path order (the policy's `limits` may change it). */
  perRun: DEFAULT_METRICS_PER_RUN,
} as const

export function tooManyMetricsError(where: SourcePosition, count: number): InputError {
  return new InputError(
    where,
    `the model has more than ${METRIC_LIMITS.perModel.toLocaleString('en-US')} metrics (${count.toLocaleString('en-US')} read so far, manifest and metrics files together)`,
  )
}

/**
 * The run's budget. Models are taken in path order: once the metrics of the models so far pass the bound,
 * that model and every later one is refused. Loads run concurrently, so a load that starts after the models
 * already loaded passed the bound is refused without reading anything: the same models are refused either
 * way, since those loads started in path order.
 */
export class MetricBudget {
  private loaded = 0

  constructor(private readonly limit: number = METRIC_LIMITS.perRun) {}

  /** True when the models loaded so far already hold more than the bound. */
  exhausted(): boolean {
    return this.loaded > this.limit
  }

  record(count: number): void {
    this.loaded += count
  }

  /** For metric counts in path order: which models are past the bound. */
  refused(counts: readonly number[]): boolean[] {
    let total = 0
    return counts.map((n) => (total += n) > this.limit)
  }

  error(file: string): InputError {
    return new InputError(
      { file },
      `not compared: this run's models have more than ${this.limit.toLocaleString('en-US')} metrics in all (models are taken in path order); check fewer models per pull request`,
    )
  }
}
