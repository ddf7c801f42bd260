/** Is a regression bigger than the measurement noise? A two-sided z-test on the difference of two values. */
import type { MetricValue } from './metrics.js'

const Z_95 = 1.959963984540054

/**
 * Standard error of a measured value: from std and n, else from a 95% confidence interval, else, for a
 * proportion in [0, 1] with a sample size, from the binomial variance. Undefined when the value carries
 * no noise information.
 */
export function standardError(m: MetricValue): number | undefined {
  if (m.std !== undefined && m.n !== undefined) return m.std / Math.sqrt(m.n)
  if (m.ci) return (m.ci[1] - m.ci[0]) / (2 * Z_95)
  if (m.std !== undefined) return m.std
  if (m.n !== undefined && m.value >= 0 && m.value <= 1) return Math.sqrt((m.value * (1 - m.value)) / m.n)
  return undefined
}

/**
 * Two-sided p-value that the candidate differs from the baseline, or undefined when the baseline has no noise
 * information. The baseline's noise is trusted; the candidate's comes from the pull request, so it may never
 * claim more noise than the baseline (a huge `std` must not turn a failure into a warning).
 */
export function pValueOfDifference(baseline: MetricValue, candidate: MetricValue): number | undefined {
  const sa = standardError(baseline)
  if (sa === undefined) return undefined
  const sb = Math.min(standardError(candidate) ?? sa, sa)
  const a = baseline
  const b = candidate
  const se = Math.sqrt(sa * sa + sb * sb)
  if (se === 0) return a.value === b.value ? 1 : 0
  const z = Math.abs(a.value - b.value) / se
  return 2 * (1 - normalCdf(z))
}

/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-x * x)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}
