import { describe, expect, it } from 'vitest'
import { compareModel, runVerdict } from '../../src/core/compare.js'
import type { MetricComparison } from '../../src/core/report/types.js'
import { parsePolicy } from '../../src/core/policy.js'
import { diffSnapshots } from '../../src/core/snapshot-diff.js'
import { baseline, version } from '../helpers/versions.js'

const policy = parsePolicy(
  `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  latency_ms: {max: 100}
require: [accuracy]
`,
  '.github/model-gate.yml',
)

const data = [
  { name: 'train', role: 'train', uri: 's3://b/train-1.parquet', sha256: 'aaa' },
  { name: 'eval', role: 'eval', uri: 's3://b/eval.parquet', sha256: 'eee' },
]

function verdicts(metricsBefore: Record<string, unknown>, metricsAfter: Record<string, unknown>, p = policy) {
  const report = compareModel({
    candidate: version({
      name: 'm',
      version: '1.1.0',
      data,
      evaluation: { dataset: 'eval' },
      metrics: metricsAfter,
    } as never),
    baseline: baseline({
      name: 'm',
      version: '1.0.0',
      data,
      evaluation: { dataset: 'eval' },
      metrics: metricsBefore,
    } as never),
    policy: p,
  })
  return Object.fromEntries(report.metrics.map((m: MetricComparison) => [m.name, [m.verdict, m.level]]))
}

describe('a verdict per metric', () => {
  it('covers every kind', () => {
    expect(
      verdicts(
        {
          accuracy: 0.9,
          f1: 0.8,
          recall: 0.8,
          precision: 0.8,
          auc: 0.8,
          ndcg: 0.9,
          latency_ms: 90,
          gone: 1,
          loss: 0.5,
        },
        {
          accuracy: 0.91,
          f1: 0.8,
          recall: 0.795,
          precision: 0.789,
          auc: 0.7,
          ndcg: 0.91,
          latency_ms: 120,
          fresh: 3,
          loss: 0.4,
        },
      ),
    ).toEqual({
      accuracy: ['improved', 'pass'],
      f1: ['unchanged', 'pass'],
      recall: ['within', 'pass'], // -0.625%: under the 1% warn tier
      precision: ['warn', 'warn'], // -1.375%: past warn, under fail
      auc: ['fail', 'fail'], // -12.5%
      ndcg: ['improved', 'pass'],
      latency_ms: ['above-ceiling', 'fail'],
      fresh: ['new', 'pass'],
      loss: ['improved', 'pass'], // lower is better, inferred from the name
      gone: ['missing', 'warn'],
    })
  })

  it('moving exactly the fail tolerance does not fail; floating-point noise does not push it over', () => {
    // fail: 0.01 absolute; 0.912 - 0.902 is 0.010000000000000009 in floating point
    expect(verdicts({ accuracy: 0.912 }, { accuracy: 0.902 })).toEqual({ accuracy: ['warn', 'warn'] })
    expect(verdicts({ accuracy: 0.912 }, { accuracy: 0.9019 })).toEqual({ accuracy: ['fail', 'fail'] })
  })

  it('below the floor fails even when within tolerance', () => {
    expect(verdicts({ accuracy: 0.852 }, { accuracy: 0.849 })).toEqual({ accuracy: ['below-floor', 'fail'] })
  })

  it('a required metric that is missing fails', () => {
    expect(verdicts({ accuracy: 0.9, auc: 0.8 }, { auc: 0.8 })).toEqual({
      auc: ['unchanged', 'pass'],
      accuracy: ['missing', 'fail'],
    })
    expect(verdicts({ auc: 0.8 }, { auc: 0.8 })).toEqual({
      auc: ['unchanged', 'pass'],
      accuracy: ['missing', 'fail'],
    })
  })

  it('on changed evaluation data a crossed fail threshold still fails, labelled; the rest is not comparable', () => {
    const compare = (p = policy) =>
      compareModel({
        candidate: version({
          name: 'm',
          version: '2.0.0',
          data: [{ name: 'eval', role: 'eval', uri: 's3://b/eval-v2.parquet', sha256: 'fff' }],
          evaluation: { dataset: 'eval' },
          metrics: { accuracy: 0.95, auc: 0.5 },
        }),
        baseline: baseline({
          name: 'm',
          version: '1.0.0',
          data,
          evaluation: { dataset: 'eval' },
          metrics: { accuracy: 0.9, auc: 0.8 },
        } as never),
        policy: p,
      })
    const report = compare()
    const what = 'eval.uri s3://b/eval.parquet → s3://b/eval-v2.parquet, eval.sha256 eee → fff'
    expect(report.metrics.map((m) => [m.name, m.verdict, m.level, m.evaluationChanged])).toEqual([
      ['accuracy', 'not-comparable', 'warn', undefined],
      ['auc', 'fail', 'fail', what],
    ])
    expect(report.notes).toEqual([
      `evaluation data changed (${what}): a metric that crosses its fail threshold still fails; the others are not comparable`,
    ])
    expect(report.verdict).toBe('fail')
    // The policy may relax this: every metric on changed evaluation data is then a warning.
    const relaxed = compare(parsePolicy('comparability: warn\n', '.github/model-gate.yml'))
    expect(relaxed.metrics.map((m) => [m.name, m.verdict, m.level])).toEqual([
      ['accuracy', 'not-comparable', 'warn'],
      ['auc', 'not-comparable', 'warn'],
    ])
    expect(relaxed.verdict).toBe('warn')
  })

  it('a regression inside the measurement noise is a warning when significance is on', () => {
    const sig = parsePolicy('defaults: {fail: 1%}\nsignificance: {alpha: 0.05}\n', 'p.yml')
    expect(verdicts({ acc: { value: 0.9, n: 200 } }, { acc: { value: 0.88, n: 200 } }, sig)).toEqual({
      acc: ['warn', 'warn'],
    })
    expect(verdicts({ acc: { value: 0.9, n: 200000 } }, { acc: { value: 0.88, n: 200000 } }, sig)).toEqual({
      acc: ['fail', 'fail'],
    })
    // The candidate comes from the pull request: claiming a huge noise of its own does not soften the verdict.
    expect(
      verdicts({ acc: { value: 0.9, n: 200000 } }, { acc: { value: 0.5, n: 1, std: 100 } }, sig),
    ).toEqual({
      acc: ['fail', 'fail'],
    })
    // No noise information: the threshold alone decides.
    expect(verdicts({ acc: 0.9 }, { acc: 0.88 }, sig)).toEqual({ acc: ['fail', 'fail'] })
  })
})

describe('per model and per run', () => {
  it('a new model is reported, not failed, but absolute bounds still apply', () => {
    const fresh = compareModel({
      candidate: version({ name: 'm', version: '0.1.0', metrics: { accuracy: 0.9 } }),
      policy,
    })
    expect([fresh.status, fresh.verdict, fresh.metrics[0]?.verdict]).toEqual(['new', 'pass', 'new'])
    const weak = compareModel({
      candidate: version({ name: 'm', version: '0.1.0', metrics: { accuracy: 0.5 } }),
      policy,
    })
    expect([weak.status, weak.verdict, weak.metrics[0]?.verdict]).toEqual(['new', 'fail', 'below-floor'])
  })

  it('an acceptance passes the model and keeps what the gate said', () => {
    const accepted = { actor: 'alice', reason: 'known trade-off', at: '2026-11-27T00:00:00Z' }
    const report = compareModel({
      candidate: version({ name: 'm', version: '1.1.0', metrics: { accuracy: 0.5 } }),
      baseline: baseline({ name: 'm', version: '1.0.0', metrics: { accuracy: 0.9 } }),
      policy,
      acceptance: { kind: 'held', acceptance: accepted },
    })
    expect([report.gateVerdict, report.verdict, report.accepted]).toEqual(['fail', 'pass', accepted])
  })

  it('the run is as bad as its worst model, and skip with none', () => {
    const pass = compareModel({
      candidate: version({ name: 'a', version: '1.0.0', metrics: { accuracy: 0.9 } }),
      policy,
    })
    const fail = compareModel({ candidate: version({ name: 'b', version: '1.0.0', metrics: {} }), policy })
    expect([runVerdict([]), runVerdict([pass]), runVerdict([pass, fail])]).toEqual(['skip', 'pass', 'fail'])
  })

  it('notes an unchanged version whose snapshot changed', () => {
    const report = compareModel({
      candidate: version({
        name: 'm',
        version: '1.0.0',
        hyperparameters: { lr: 0.2 },
        metrics: { accuracy: 0.9 },
      }),
      baseline: baseline({
        name: 'm',
        version: 'v1.0.0',
        hyperparameters: { lr: 0.1 },
        metrics: { accuracy: 0.9 },
      }),
      policy,
    })
    expect(report.notes).toEqual(['version 1.0.0 is unchanged but the snapshot differs'])
  })
})

describe('what changed besides the metrics', () => {
  it('lists architecture, hyperparameters, data (by name), weights, deployment, keys added and removed', () => {
    const before = {
      name: 'm',
      version: '1.0.0',
      architecture: { family: 'xgboost', n_estimators: 400 },
      hyperparameters: { lr: 0.05, depth: 6, optimizer: { name: 'adam', beta: 0.9 } },
      data: [
        { name: 'eval', role: 'eval', uri: 's3://b/eval.parquet', sha256: 'e1' },
        { name: 'train', role: 'train', uri: 's3://b/train-09.parquet', sha256: 't1' },
      ],
      weights: { uri: 's3://b/w-1.pkl', sha256: 'w1' },
      deployment: { replicas: 3 },
      metrics: { accuracy: 0.9 },
    }
    const after = {
      name: 'm',
      version: '1.1.0',
      architecture: { family: 'xgboost', n_estimators: 600 },
      hyperparameters: { lr: 0.05, optimizer: { name: 'adamw', beta: 0.9 }, dropout: 0.1 },
      data: [
        { name: 'train', role: 'train', uri: 's3://b/train-10.parquet', sha256: 't2' },
        { name: 'eval', role: 'eval', uri: 's3://b/eval.parquet', sha256: 'e1' },
      ],
      weights: { lfs: 'w.bin' },
      deployment: { replicas: 3, instance: 'g5' },
      metrics: { accuracy: 0.8 },
    }
    expect(diffSnapshots(before, after)).toEqual([
      {
        section: 'data',
        key: 'train.uri',
        kind: 'changed',
        before: 's3://b/train-09.parquet',
        after: 's3://b/train-10.parquet',
      },
      { section: 'data', key: 'train.sha256', kind: 'changed', before: 't1', after: 't2' },
      { section: 'weights', key: 'uri', kind: 'removed', before: 's3://b/w-1.pkl' },
      { section: 'weights', key: 'sha256', kind: 'removed', before: 'w1' },
      { section: 'weights', key: 'lfs', kind: 'added', after: 'w.bin' },
      { section: 'architecture', key: 'n_estimators', kind: 'changed', before: 400, after: 600 },
      { section: 'hyperparameters', key: 'depth', kind: 'removed', before: 6 },
      { section: 'hyperparameters', key: 'optimizer.name', kind: 'changed', before: 'adam', after: 'adamw' },
      { section: 'hyperparameters', key: 'dropout', kind: 'added', after: 0.1 },
      { section: 'deployment', key: 'instance', kind: 'added', after: 'g5' },
    ])
  })
})
