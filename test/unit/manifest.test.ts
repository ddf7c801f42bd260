import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/core/manifest.js'
import { parseMetricsFile } from '../../src/core/metrics.js'
import { DOCUMENT_LIMITS } from '../../src/core/document.js'

const FILE = 'models/churn/model.yaml'

function errorsOf(text: string, file = FILE): string[] {
  const r = parseManifest(text, file)
  if (r.ok) throw new Error('expected the manifest to be rejected')
  return r.errors.map((e) => e.message)
}

describe('a valid manifest', () => {
  const text = `name: churn
version: v3.1.0
description: Churn classifier
architecture: {family: xgboost, n_estimators: 400}
hyperparameters: {learning_rate: 0.05, max_depth: 6}
data:
  - name: train
    role: train
    uri: s3://corp/churn/train.parquet
    sha256: 9f2c
  - {name: eval, role: eval, dvc: data/eval.parquet.dvc}
weights: {uri: s3://corp/churn/model.pkl, sha256: 41ab}
metrics:
  accuracy: {value: 0.912, n: 20000, std: 0.01, ci: [0.90, 0.92]}
  latency_p95_ms: 41.5
  slices: {eu: {accuracy: 0.90}}
metrics_files: [eval/metrics.json]
evaluation: {dataset: eval, environment: {hardware: g5.xlarge}}
deployment: {replicas: 3}
`
  const r = parseManifest(text, FILE)

  it('parses every section', () => {
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const m = r.manifest
    expect([m.name, m.version, m.description, m.evaluationDataset]).toEqual([
      'churn',
      'v3.1.0',
      'Churn classifier',
      'eval',
    ])
    expect(m.data).toEqual([
      { name: 'train', role: 'train', uri: 's3://corp/churn/train.parquet', sha256: '9f2c' },
      { name: 'eval', role: 'eval', dvc: 'data/eval.parquet.dvc' },
    ])
    expect(m.metricsFiles).toEqual(['eval/metrics.json'])
  })

  it('flattens nested metrics to dotted names, keeping {value, n, std, ci} and the line', () => {
    if (!r.ok) return
    expect([...r.manifest.metrics.entries()]).toEqual([
      ['accuracy', { metric: { value: 0.912, n: 20000, std: 0.01, ci: [0.9, 0.92] }, file: FILE, line: 14 }],
      ['latency_p95_ms', { metric: { value: 41.5 }, file: FILE, line: 15 }],
      ['slices.eu.accuracy', { metric: { value: 0.9 }, file: FILE, line: 16 }],
    ])
  })

  it('reads JSON manifests with positions', () => {
    const j = parseManifest(
      '{\n  "name": "churn",\n  "version": "1.0.0",\n  "metrics": {"auc": 0.9}\n}\n',
      'm/model.json',
    )
    expect(j.ok && [...j.manifest.metrics.entries()]).toEqual([
      ['auc', { metric: { value: 0.9 }, file: 'm/model.json', line: 4 }],
    ])
  })
})

describe('bad input: one clear line with file:line:col each', () => {
  it.each([
    ['missing name', 'version: 1.0.0\n', ["models/churn/model.yaml:1:1: missing required key 'name'"]],
    ['missing version', 'name: churn\n', ["models/churn/model.yaml:1:1: missing required key 'version'"]],
    [
      'mistyped field',
      'name: churn\nversion: 1.0.0\narchitecture: xgboost\n',
      ['models/churn/model.yaml:3:1: architecture must be a mapping'],
    ],
    [
      'a metric that is a string',
      'name: churn\nversion: 1.0.0\nmetrics:\n  accuracy: "0.9"\n',
      ['models/churn/model.yaml:4:3: metric accuracy must be a number or {value, n, std, ci}'],
    ],
    [
      'an invalid name',
      'name: Churn_Model\nversion: 1.0.0\n',
      [
        "models/churn/model.yaml:1:1: name 'Churn_Model' must match [a-z0-9]([a-z0-9-/]*[a-z0-9])? (lowercase letters, digits, '-', '/')",
      ],
    ],
    [
      'an invalid version',
      'name: churn\nversion: three\n',
      [
        "models/churn/model.yaml:2:1: version 'three' is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)",
      ],
    ],
    [
      'a version YAML reads as a number',
      'name: churn\nversion: 1.0\n',
      ["models/churn/model.yaml:2:1: version must be a SemVer string such as '1.2.0' (quote it in YAML)"],
    ],
    [
      'NaN',
      'name: churn\nversion: 1.0.0\nmetrics:\n  accuracy: .nan\n',
      ['models/churn/model.yaml:4:13: number NaN is not finite'],
    ],
    [
      'infinity',
      'name: churn\nversion: 1.0.0\nmetrics:\n  loss: -.inf\n',
      ['models/churn/model.yaml:4:9: number -Infinity is not finite'],
    ],
    [
      'duplicate keys',
      'name: churn\nname: other\nversion: 1.0.0\n',
      ["models/churn/model.yaml:2:1: duplicate key 'name'"],
    ],
    [
      '__proto__ keys',
      'name: churn\nversion: 1.0.0\nhyperparameters:\n  __proto__: {polluted: true}\n',
      ["models/churn/model.yaml:4:3: key '__proto__' is not allowed"],
    ],
    [
      'constructor keys',
      'name: churn\nversion: 1.0.0\nmetrics:\n  constructor: 1\n',
      ["models/churn/model.yaml:4:3: key 'constructor' is not allowed"],
    ],
    [
      'an unknown key',
      'name: churn\nversion: 1.0.0\nmetircs: {a: 1}\n',
      ["models/churn/model.yaml:3:1: unknown key 'metircs' (did you mean 'metrics'?)"],
    ],
    [
      'a data role that does not exist',
      'name: churn\nversion: 1.0.0\ndata: [{name: train, role: training}]\n',
      ["models/churn/model.yaml:3:22: data[0].role 'training' must be one of train, eval, test, other"],
    ],
    [
      'an evaluation dataset that names no data entry',
      'name: churn\nversion: 1.0.0\nevaluation: {dataset: holdout}\n',
      ["models/churn/model.yaml:3:14: evaluation.dataset 'holdout' names no data entry"],
    ],
    [
      'a metrics file outside the repository',
      'name: churn\nversion: 1.0.0\nmetrics_files: [../../../etc/passwd]\n',
      [
        "models/churn/model.yaml:3:17: metrics file '../../../etc/passwd' leaves the repository (resolved from models/churn/)",
      ],
    ],
    [
      'broken YAML',
      'name: churn\nversion: [1.0.0\n',
      [
        'models/churn/model.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
  ])('%s', (_what, text, expected) => {
    expect(errorsOf(text)).toEqual(expected)
  })

  it('broken JSON', () => {
    expect(errorsOf('{"name": "churn", "version": "1.0.0",}', 'm/model.json')).toEqual([
      'm/model.json:1:38: invalid JSON: Expected double-quoted property name',
    ])
  })

  it('a YAML alias bomb (10^13 nodes if expanded) is refused instead of expanded', () => {
    const levels = Array.from(
      { length: 12 },
      (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`,
    )
    const bomb = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels].join('\n')
    expect(
      errorsOf(`name: churn\nversion: 1.0.0\nhyperparameters:\n  ${bomb.split('\n').join('\n  ')}\n`),
    ).toEqual([
      `models/churn/model.yaml:8:47: document expands to more than ${DOCUMENT_LIMITS.maxNodes} nodes (an alias bomb?)`,
    ])
  })

  it('a file over the size limit', () => {
    const big = `name: churn\nversion: 1.0.0\ndescription: "${'x'.repeat(DOCUMENT_LIMITS.maxBytes)}"\n`
    expect(errorsOf(big)).toEqual([
      `models/churn/model.yaml: file is ${big.length} bytes, over the limit of ${DOCUMENT_LIMITS.maxBytes} bytes`,
    ])
  })

  it('nesting deeper than the limit', () => {
    const deep = `name: churn\nversion: 1.0.0\narchitecture: ${'['.repeat(100)}${']'.repeat(100)}\n`
    expect(errorsOf(deep)).toEqual(['models/churn/model.yaml:3:79: nesting deeper than 64 levels'])
  })

  it('a bounded list of distinct metrics files', () => {
    const many = Array.from({ length: 17 }, (_, i) => `m${i}.json`).join(', ')
    expect(errorsOf(`name: churn\nversion: 1.0.0\nmetrics_files: [${many}]\n`)).toEqual([
      'models/churn/model.yaml:3:1: metrics_files lists 17 files; at most 16 are read',
    ])
    expect(errorsOf('name: churn\nversion: 1.0.0\nmetrics_files: [a.json, a.json]\n')).toEqual([
      "models/churn/model.yaml:3:25: metrics file 'a.json' is listed twice",
    ])
  })

  it('reports every problem of a file, not just the first', () => {
    expect(errorsOf('name: Bad\nversion: x\ndata: {}\n')).toEqual([
      "models/churn/model.yaml:1:1: name 'Bad' must match [a-z0-9]([a-z0-9-/]*[a-z0-9])? (lowercase letters, digits, '-', '/')",
      "models/churn/model.yaml:2:1: version 'x' is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)",
      'models/churn/model.yaml:3:1: data must be a list',
    ])
  })

  it('a few aliases of a long string are refused by the expanded size, not only the node count', () => {
    const big = 'x'.repeat(200_000)
    const text = `name: churn\nversion: 1.0.0\nhyperparameters:\n  s: &s "${big}"\n  l1: &l1 [${Array(10).fill('*s').join(', ')}]\n`
    expect(errorsOf(text)).toEqual([
      `models/churn/model.yaml:5:28: document expands to more than ${DOCUMENT_LIMITS.maxBytes} characters (an alias bomb?)`,
    ])
  })

  it('many aliases of a small anchor are read in linear time, and an alias cannot refer to itself', () => {
    const many = `name: churn\nversion: 1.0.0\nhyperparameters:\n  a: &a 1\n  l: [${Array(30_000).fill('*a').join(',')}]\n`
    const r = parseManifest(many, FILE)
    expect(r.ok && (r.manifest.snapshot.hyperparameters as { l: number[] }).l.length).toBe(30_000)
    expect(errorsOf('name: churn\nversion: 1.0.0\nhyperparameters: &h {x: *h}\n')).toEqual([
      "models/churn/model.yaml:3:25: alias 'h' refers to itself",
    ])
  })

  it('a __proto__ key is refused wherever it is, and never becomes a prototype', () => {
    expect(errorsOf('name: churn\nversion: 1.0.0\nhyperparameters: {__proto__: {polluted: true}}\n')).toEqual(
      ["models/churn/model.yaml:3:19: key '__proto__' is not allowed"],
    )
    const r = parseManifest('name: churn\nversion: 1.0.0\nhyperparameters: {a: {b: 1}}\n', FILE)
    expect(r.ok && Object.getPrototypeOf(r.manifest.snapshot.hyperparameters)).toBe(Object.prototype)
  })
})

describe('metrics files (DVC style)', () => {
  it('flattens JSON, YAML and TOML, skipping leaves that are not numbers', () => {
    const json = parseMetricsFile('{"eval": {"acc": 0.9, "step": "final"}, "loss": 0.3}', 'eval/metrics.json')
    expect([...json.metrics.keys()]).toEqual(['eval.acc', 'loss'])
    expect(json.skipped).toEqual([{ name: 'eval.step', file: 'eval/metrics.json', line: 1, type: 'string' }])
    const toml = parseMetricsFile('loss = 0.25\n[eval]\nacc = 0.91\n', 'eval/metrics.toml')
    expect([...toml.metrics.entries()].map(([k, v]) => [k, v.metric.value])).toEqual([
      ['loss', 0.25],
      ['eval.acc', 0.91],
    ])
  })

  it('rejects non-finite numbers and bad syntax with a position', () => {
    expect(() => parseMetricsFile('acc: .inf\n', 'm.yaml')).toThrow(
      'm.yaml:1:6: number Infinity is not finite',
    )
    expect(() => parseMetricsFile('acc = \n', 'm.toml')).toThrow(/^m\.toml:1:7: invalid TOML/)
  })
})
