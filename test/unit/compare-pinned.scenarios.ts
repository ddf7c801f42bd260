/** Inputs for compare-pinned.test.ts: models that exercise every branch of compareModel. */
import type { Baseline, CompareInput, ModelVersion } from '../../src/core/compare.js'
import { parsePolicy } from '../../src/core/policy.js'
import type { ProductionPoint } from '../../src/core/trend.js'
import { baseline, version } from '../helpers/versions.js'

const judging = parsePolicy(
  `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  "*_ms": {max: 100}
  "floor*": {min: 0.5}
  "fresh_*": {max: 1}
  "slices.**": {fail: 3%}
require: [accuracy, required_gone, never]
significance: {alpha: 0.05}
models:
  "team/*": {defaults: {warn: 0.5%}, metrics: {"recall": {fail: 1%}}, require: [f1]}
`,
  '.github/model-gate.yml',
)

const data = (evalUri: string, trainSha: string) => [
  { name: 'train', role: 'train', uri: 's3://b/train.parquet', sha256: trainSha },
  { name: 'eval', role: 'eval', uri: evalUri, sha256: 'eee' },
]

const before = {
  accuracy: { value: 0.9, n: 1000 },
  f1: { value: 0.8, std: 0.05, n: 10 },
  recall: { value: 0.8, std: 0.1, n: 100 },
  precision: 0.8,
  auc: { value: 0.8, ci: [0.78, 0.82] },
  ndcg: 0.9,
  f2: { value: 0.7, std: 0.01 },
  latency_ms: 90,
  floor_x: 0.6,
  zero_base: 0,
  gone: 1,
  required_gone: 0.5,
  top1: 0.7,
  top5: 0.9,
  acc_top5: 0.88,
  'slices.eu.auc': 0.8,
  'slices.us.auc': 0.81,
  '10': 0.3,
  '2': 0.4,
  'zé✓': 0.5,
  loss: { value: 0.5, ci: [0.4, 0.6] },
}

const after = {
  'zé✓': 0.5,
  '2': 0.41,
  accuracy: { value: 0.85, n: 400 },
  f1: { value: 0.78, std: 0.05, n: 10 },
  recall: { value: 0.78, std: 0.1, n: 100 },
  precision: 0.795,
  auc: { value: 0.79, ci: [0.77, 0.83] },
  ndcg: 0.91,
  f2: { value: 0.7, std: 0.5 },
  latency_ms: 120,
  floor_x: 0.4,
  zero_base: -0.1,
  fresh_a: 0.5,
  fresh_b: 3,
  acc_top1: { value: 0.71, renamed_from: 'top1' },
  acc_top5: { value: 0.87, renamed_from: 'top5' },
  renamed_nowhere: { value: 0.2, renamed_from: 'nothere' },
  'slices.EU.auc': 0.8,
  '10': 0.29,
  loss: { value: 0.49, n: 50 },
}

function judgedPair(): { candidate: ModelVersion; baseline: Baseline } {
  const candidate = version({
    name: 'team/churn',
    version: '1.1.0',
    data: data('s3://b/eval.parquet', 'bbb'),
    hyperparameters: { lr: 0.02, depth: 6 },
    evaluation: { dataset: 'eval' },
    metrics: after,
  } as never)
  const base = baseline({
    name: 'team/churn',
    version: '1.0.0',
    data: data('s3://b/eval.parquet', 'aaa'),
    hyperparameters: { lr: 0.01 },
    evaluation: { dataset: 'eval' },
    metrics: before,
  } as never)
  return {
    candidate: { ...candidate, skipped: [{ name: 'notes', file: 'metrics.json', line: 3, type: 'string' }] },
    baseline: { ...base, promoted: { event: 'promote', actor: 'ana', at: '2026-01-02T03:04:05Z' } },
  }
}

/** Significance, bounds, renames, missing, new, lookalike, noise changes, a held acceptance. */
export function judged(): CompareInput {
  return {
    ...judgedPair(),
    policy: judging,
    acceptance: { kind: 'held', acceptance: { actor: 'bo', reason: 'known', at: '2026-02-03T04:05:06Z' } },
    renamedFrom: 'churn-old',
    checkedBecause: ['models/team/churn/metrics.json'],
    baselineWarnings: ['production has no params'],
    candidateWarnings: ['params not reproduced'],
  }
}

const charting = parsePolicy(
  `defaults: {warn: 1%, fail: 2%}
chart: ["acc*", "10", "missing_*", "l*"]
models:
  "vision/*": {metrics: {"latency_ms": {max: 150}}}
`,
  '.github/model-gate.yml',
)

/** Changed evaluation data (strict), a history longer than the chart, a configured chart, a lapsed acceptance. */
export function evaluationChanged(comparability?: 'warn'): CompareInput {
  const doc = (evalUri: string, metrics: Record<string, unknown>) =>
    ({
      name: 'vision/resnet',
      version: '2.0.0',
      data: data(evalUri, 'aaa'),
      evaluation: { dataset: 'eval' },
      metrics,
    }) as never
  const old = { accuracy: 0.9, acc_top5: 0.95, '10': 1, latency_ms: 100, loss: 0.3 }
  const history = Array.from({ length: 21 }, (_, i): ProductionPoint => ({
    version: `1.${i}.0`,
    ...(i % 2
      ? { at: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, event: 'promote' as const }
      : {}),
    metrics:
      i === 20 ? { accuracy: { value: 0.9 }, '10': { value: 1 } } : { accuracy: { value: 0.8 + i / 200 } },
  }))
  return {
    candidate: version(
      doc('s3://b/eval-v2.parquet', { accuracy: 0.8, acc_top5: 0.949, '10': 2, latency_ms: 160, loss: 0.31 }),
    ),
    baseline: { ...baseline(doc('s3://b/eval.parquet', old)), history },
    policy: comparability ? { ...charting, comparability } : charting,
    acceptance: {
      kind: 'lapsed',
      acceptance: { actor: 'bo', reason: 'known', at: '2026-02-03T04:05:06Z' },
      why: 'production moved',
    },
  }
}

/** A model with no production: every metric is new, no trend, no digest. */
export function brandNew(): CompareInput {
  return {
    candidate: version({ name: 'fresh', version: '0.1.0', metrics: { a: 1, b_ms: 200 } } as never),
    policy: judging,
  }
}
