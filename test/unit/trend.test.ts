import { describe, expect, it } from 'vitest'
import { compareModel } from '../../src/core/compare.js'
import type { MetricComparison } from '../../src/core/report/types.js'
import { chartedMetrics, parsePolicy, resolveRule } from '../../src/core/policy.js'
import {
  buildTrend,
  CHART_MAX_METRICS,
  CHART_MAX_POINTS,
  chartMetricNames,
  thresholdOf,
  type ProductionPoint,
} from '../../src/core/trend.js'
import { baseline, version } from '../helpers/versions.js'

const policy = parsePolicy(
  'metrics:\n  accuracy: {better: higher, fail: 0.01, min: 0.85}\n  latency_ms: {fail: 10%, max: 45}\nrequire: [accuracy]\n',
  'p.yml',
)
const rule = (m: string) => resolveRule(policy, 'churn', m)
const point = (version: string, metrics: Record<string, number>): ProductionPoint => ({
  version,
  metrics: Object.fromEntries(Object.entries(metrics).map(([k, value]) => [k, { value }])),
})

describe('the fail threshold', () => {
  it('is production minus the fail tolerance, or the floor where that is stricter', () => {
    expect(thresholdOf(rule('accuracy'), 0.912)).toEqual({ value: 0.912 - 0.01, kind: 'fail' })
    expect(thresholdOf(rule('accuracy'), 0.855)).toEqual({ value: 0.85, kind: 'min' })
    expect(thresholdOf(rule('accuracy'), undefined)).toEqual({ value: 0.85, kind: 'min' })
  })

  it('is above production for a lower-is-better metric, capped by the ceiling', () => {
    expect(thresholdOf(rule('latency_ms'), 40)).toEqual({ value: 44, kind: 'fail' })
    expect(thresholdOf(rule('latency_ms'), 42)).toEqual({ value: 45, kind: 'max' })
  })

  it('is absent where no tier applies', () => {
    expect(thresholdOf({ better: 'higher', betterInferred: true }, 1)).toBeUndefined()
  })
})

describe('which metrics are charted', () => {
  const comparisons = [
    { name: 'auc', level: 'warn' },
    { name: 'accuracy', level: 'pass' },
    { name: 'slices.eu.accuracy', level: 'fail' },
    { name: 'recall', level: 'pass' },
  ] as MetricComparison[]
  const available = ['accuracy', 'auc', 'recall', 'slices.eu.accuracy', 'slices.us.accuracy']

  it('by default: failed, then warned, then required', () => {
    expect(chartMetricNames({ available, comparisons, required: ['accuracy'] })).toEqual([
      'slices.eu.accuracy',
      'auc',
      'accuracy',
    ])
  })

  it("the policy's list (globs too) wins, at most CHART_MAX_METRICS, only metrics that have values", () => {
    expect(
      chartMetricNames({
        available,
        comparisons,
        required: [],
        configured: ['recall', 'nope', 'slices.*.accuracy'],
      }),
    ).toEqual(['recall', 'slices.eu.accuracy', 'slices.us.accuracy'])
    const many = Array.from({ length: 9 }, (_, i) => `m${i}`)
    expect(chartMetricNames({ available: many, required: [], configured: ['m*'] })).toHaveLength(
      CHART_MAX_METRICS,
    )
  })

  it('a history with no verdicts charts the required metrics, else the first ones production reports', () => {
    expect(chartMetricNames({ available, required: ['auc'] })).toEqual(['auc'])
    expect(chartMetricNames({ available, required: [] })).toEqual(available.slice(0, CHART_MAX_METRICS))
  })

  it('reads `chart` from the policy, a model override replacing the global list', () => {
    const p = parsePolicy('chart: [accuracy]\nmodels:\n  "fraud*": {chart: [recall, auc]}\n', 'p.yml')
    expect(chartedMetrics(p, 'churn')).toEqual(['accuracy'])
    expect(chartedMetrics(p, 'fraud-eu')).toEqual(['recall', 'auc'])
    expect(chartedMetrics(parsePolicy('{}', 'p.yml'), 'churn')).toBeUndefined()
    expect(() => parsePolicy('chart: accuracy\n', 'p.yml')).toThrow(/chart/)
  })
})

describe('the trend', () => {
  it('runs over production history, oldest first, with the candidate last and the threshold from production', () => {
    const t = buildTrend({
      history: [point('1.0.0', { accuracy: 0.93 }), point('2.0.0', {}), point('3.0.0', { accuracy: 0.912 })],
      candidate: point('3.1.0', { accuracy: 0.897 }),
      metrics: ['accuracy'],
      rule,
    })
    expect(t).toEqual({
      labels: ['1.0.0', '2.0.0', '3.0.0', '3.1.0'],
      candidate: true,
      omitted: 0,
      series: [
        {
          metric: 'accuracy',
          better: 'higher',
          values: [0.93, undefined, 0.912, 0.897],
          threshold: { value: 0.912 - 0.01, kind: 'fail' },
        },
      ],
    })
  })

  it('keeps the newest CHART_MAX_POINTS points and counts the rest', () => {
    const history = Array.from({ length: 50 }, (_, i) => point(`1.${i}.0`, { accuracy: 0.9 }))
    const t = buildTrend({
      history,
      candidate: point('2.0.0', { accuracy: 0.9 }),
      metrics: ['accuracy'],
      rule,
    })
    expect(t?.labels).toHaveLength(CHART_MAX_POINTS)
    expect(t?.labels[0]).toBe(`1.${50 - CHART_MAX_POINTS + 1}.0`)
    expect(t?.omitted).toBe(50 - CHART_MAX_POINTS + 1)
  })

  it('comes with a comparison: production alone when the backend keeps no history', () => {
    const m = compareModel({
      candidate: version({ name: 'churn', version: '3.1.0', metrics: { accuracy: 0.897, auc: 0.9 } }),
      baseline: baseline({ name: 'churn', version: '3.0.0', metrics: { accuracy: 0.912, auc: 0.9 } }),
      policy,
    })
    expect(m.trend?.labels).toEqual(['3.0.0', '3.1.0'])
    expect(m.trend?.series.map((s) => s.metric)).toEqual(['accuracy'])
    const fresh = compareModel({
      candidate: version({ name: 'r', version: '0.1.0', metrics: { accuracy: 1 } }),
      policy,
    })
    expect(fresh.trend).toBeUndefined()
  })
})
