import { describe, expect, it } from 'vitest'
import { compareModel, runVerdict } from '../../src/core/compare.js'
import type { RunReport } from '../../src/core/report/types.js'
import { diffPolicies, withPolicyChanges } from '../../src/core/policy-diff.js'
import { DEFAULT_POLICY, parsePolicy } from '../../src/core/policy.js'
import { boundedRegressions, boundedReportJson } from '../../src/core/report/bounded-json.js'
import { policySectionMarkdown } from '../../src/core/report/policy-section.js'
import { MetricBudget } from '../../src/gate/metric-budget.js'
import { baseline, version } from '../helpers/versions.js'

/** A run of `models` models with `metrics` metrics each, every one worse by 5% (a failure). */
function wideRun(models: number, metrics: number): RunReport {
  const values = (v: number) =>
    Object.fromEntries(Array.from({ length: metrics }, (_, i) => [`metric_${i}`, v]))
  const reports = Array.from({ length: models }, (_, m) =>
    compareModel({
      candidate: version({ name: `m${m}`, version: '1.1.0', metrics: values(0.855) }),
      baseline: baseline({ name: `m${m}`, version: '1.0.0', metrics: values(0.9) }),
      policy: DEFAULT_POLICY,
    }),
  )
  return { verdict: runVerdict(reports), models: reports, policySource: 'built-in defaults' }
}

describe('the report output within a byte bound', () => {
  it('a report that fits is the full JSON, unchanged', () => {
    const report = wideRun(1, 3)
    const text = boundedReportJson(report, 1_000_000)
    expect(JSON.parse(text).truncated).toBeUndefined()
    expect(JSON.parse(text).models[0].metrics).toHaveLength(3)
  })

  it('past the bound: the same keys, cut in steps until it fits, saying what was cut and where the rest is', () => {
    const report = wideRun(3, 2000)
    const full = JSON.stringify(JSON.parse(boundedReportJson(report, 10_000_000)))
    expect(full.length).toBeGreaterThan(200_000)
    const text = boundedReportJson(report, 200_000, 'https://example.com/run')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000)
    const compact = JSON.parse(text)
    expect(compact.truncated).toEqual({
      reason: 'over 200000 bytes: metric rows left out',
      full_report: 'https://example.com/run',
      omitted: { metrics: 6000, changes: 0 }, // only metrics differ between the versions
    })
    expect(compact.models.map((m: { name: string; verdict: string }) => [m.name, m.verdict])).toEqual([
      ['m0', 'fail'],
      ['m1', 'fail'],
      ['m2', 'fail'],
    ])
  })

  it('with thousands of models, only the models that fit, and how many were left out', () => {
    const report = wideRun(400, 1)
    const compact = JSON.parse(boundedReportJson(report, 20_000))
    expect(compact.truncated.reason).toBe('over 20000 bytes: only the models that fit, without metric rows')
    expect(compact.models.length + compact.truncated.omitted.models).toBe(400)
    expect(compact.models.length).toBeGreaterThan(10)
  })

  it('regressions keep the first ones that fit, and count the rest', () => {
    const { json, omitted } = boundedRegressions(wideRun(1, 1000), 10_000)
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(10_000)
    expect(JSON.parse(json).length + omitted).toBe(1000)
    expect(JSON.parse(json)[0]).toMatchObject({ model: 'm0', metric: 'metric_0', level: 'fail' })
  })
})

describe('the run metric budget', () => {
  it('refuses the model that passes the bound and every later one, in path order', () => {
    const budget = new MetricBudget(100)
    expect(budget.refused([40, 60, 0, 1, 0])).toEqual([false, false, false, true, true])
    expect(budget.refused([101, 0])).toEqual([true, true])
  })

  it('is exhausted only once the models loaded so far hold more than the bound', () => {
    const budget = new MetricBudget(100)
    budget.record(100)
    expect(budget.exhausted()).toBe(false)
    budget.record(1)
    expect(budget.exhausted()).toBe(true)
  })
})

describe('the proposed policy in the run verdict and the report', () => {
  const inForce = parsePolicy('metrics:\n  accuracy: {fail: 0.01}\n', '.github/model-gate.yml')
  const looser = diffPolicies(
    inForce,
    parsePolicy('metrics:\n  accuracy: {fail: 0.5}\n', '.github/model-gate.yml'),
  )
  const tighter = diffPolicies(
    inForce,
    parsePolicy('metrics:\n  accuracy: {fail: 0.001}\n', '.github/model-gate.yml'),
  )

  it('loosening is a warning, even with no model to check; tightening passes; no change is unchanged', () => {
    expect(withPolicyChanges('skip', looser)).toBe('warn')
    expect(withPolicyChanges('pass', looser)).toBe('warn')
    expect(withPolicyChanges('fail', looser)).toBe('fail')
    expect(withPolicyChanges('skip', tighter)).toBe('pass')
    expect(withPolicyChanges('skip', undefined)).toBe('skip')
  })

  it('renders the changes side by side, escaping what the pull request wrote', () => {
    const hostile = diffPolicies(inForce, parsePolicy('metrics:\n  "<b>@team</b>": {fail: 5%}\n', 'p.yml'))
    expect(policySectionMarkdown(hostile)).toBe(`### ⚠️ Proposed policy: 2 loosened

This pull request changes p.yml. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.

| Rule | Setting | In force | Proposed | Effect |
| - | - | - | - | - |
| metrics.&lt;b&gt;@&#8203;team&lt;/b&gt; | fail | 1% | 5% | ⚠️ looser |
| metrics.accuracy | fail | 0.01 | 1% | ⚠️ looser (changed kind: which is wider depends on the baseline value) |`)
  })
})
