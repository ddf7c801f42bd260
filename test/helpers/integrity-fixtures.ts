/** The repository the integrity tests start from: churn 3.0.0 with a metrics file and a DVC pointer. */
export const POLICY = `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  auc: {better: higher, fail: 0.02}
  f1: {min: 0.75}
require: [accuracy]
`

export const churn = (o: { name?: string; metrics?: string; evalUri?: string; extra?: string } = {}) =>
  `name: ${o.name ?? 'churn'}
version: 3.1.0
data:
  - {name: eval, role: eval, uri: ${o.evalUri ?? 's3://corp/churn/eval-2026-10.parquet'}}
weights: {dvc: weights.pkl.dvc}
evaluation: {dataset: eval}
metrics_files: [eval/metrics.json]
metrics:
${o.metrics ?? '  accuracy: {value: 0.91, n: 20000}\n  auc: 0.95\n'}${o.extra ?? ''}`

export const BASE_FILES = {
  '.github/model-gate.yml': POLICY,
  'models/churn/model.yaml': churn().replace('version: 3.1.0', 'version: 3.0.0'),
  'models/churn/eval/metrics.json': '{"f1": 0.8, "recall": 0.7}\n',
  'models/churn/weights.pkl.dvc': 'outs:\n- md5: 0f343b0931126a20f133d67c2b018a3b\n  path: weights.pkl\n',
}
