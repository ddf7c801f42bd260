import { describe, expect, it } from 'vitest'
import {
  DEFAULT_POLICY,
  inferDirection,
  parsePolicy,
  requiredMetrics,
  resolveRule,
} from '../../src/core/policy.js'

const FILE = '.github/model-gate.yml'

const SPEC_EXAMPLE = `defaults: {warn: 0.5%, fail: 1%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  latency_p95_ms: {better: lower, warn: 5%, fail: 10%, max: 100}
  "slices.*.accuracy": {better: higher, fail: 2%}
require: [accuracy]
significance: {alpha: 0.05}
models:
  "churn": {require: [auc], metrics: {accuracy: {fail: 0.005}}}
  "vision/*": {defaults: {fail: 3%}}
`

describe('policy', () => {
  const policy = parsePolicy(SPEC_EXAMPLE, FILE)

  it('resolves each metric through defaults, globs, exact rules and model overrides', () => {
    expect(resolveRule(policy, 'fraud', 'accuracy')).toEqual({
      better: 'higher',
      betterInferred: false,
      warn: { kind: 'percent', percent: 0.5 },
      fail: { kind: 'absolute', amount: 0.01 },
      min: 0.85,
    })
    expect(resolveRule(policy, 'churn', 'accuracy').fail).toEqual({ kind: 'absolute', amount: 0.005 })
    expect(resolveRule(policy, 'churn', 'slices.eu.accuracy')).toEqual({
      better: 'higher',
      betterInferred: false,
      warn: { kind: 'percent', percent: 0.5 },
      fail: { kind: 'percent', percent: 2 },
    })
    // '*' stays inside one segment
    expect(resolveRule(policy, 'churn', 'slices.eu.de.accuracy').fail).toEqual({
      kind: 'percent',
      percent: 1,
    })
    expect(resolveRule(policy, 'vision/detector', 'map').fail).toEqual({ kind: 'percent', percent: 3 })
    expect(resolveRule(policy, 'vision/a/b', 'map').fail).toEqual({ kind: 'percent', percent: 1 })
  })

  it('infers the direction from the name and says so', () => {
    expect(resolveRule(policy, 'fraud', 'val_loss')).toMatchObject({ better: 'lower', betterInferred: true })
    expect(resolveRule(policy, 'fraud', 'recall')).toMatchObject({ better: 'higher', betterInferred: true })
    expect(
      [
        'loss',
        'error_rate',
        'latency_ms',
        'rmse',
        'mae',
        'perplexity',
        'wer',
        'model_size_mb',
        'cost_usd',
        'f1',
        'auc',
        'ndcg@10',
      ].map(inferDirection),
    ).toEqual([
      'lower',
      'lower',
      'lower',
      'lower',
      'lower',
      'lower',
      'lower',
      'lower',
      'lower',
      'higher',
      'higher',
      'higher',
    ])
  })

  it("adds a model's require list to the global one", () => {
    expect(requiredMetrics(policy, 'churn')).toEqual(['accuracy', 'auc'])
    expect(requiredMetrics(policy, 'fraud')).toEqual(['accuracy'])
    expect(policy.significance).toEqual({ alpha: 0.05 })
  })

  it('has documented defaults without a file, and an empty file means the same', () => {
    expect(resolveRule(DEFAULT_POLICY, 'm', 'accuracy')).toEqual({
      better: 'higher',
      betterInferred: true,
      warn: { kind: 'percent', percent: 0.5 },
      fail: { kind: 'percent', percent: 1 },
    })
    const empty = parsePolicy('', FILE)
    expect(resolveRule(empty, 'm', 'accuracy')).toEqual(resolveRule(DEFAULT_POLICY, 'm', 'accuracy'))
  })

  it.each([
    [
      'an unknown key',
      'metircs: {}\n',
      ".github/model-gate.yml:1:1: unknown key 'metircs' (did you mean 'metrics'?)",
    ],
    [
      'an unknown rule key',
      'metrics:\n  auc: {fial: 1%}\n',
      ".github/model-gate.yml:2:9: unknown key 'fial' in metrics.auc (did you mean 'fail'?)",
    ],
    [
      'a malformed percentage',
      'defaults: {fail: "1.5%%"}\n',
      ".github/model-gate.yml:1:12: defaults.fail '1.5%%' is not a percentage like '1%' or '0.5%', nor an absolute number",
    ],
    [
      'a word where a tolerance belongs',
      'defaults: {warn: lots}\n',
      ".github/model-gate.yml:1:12: defaults.warn 'lots' is not a percentage like '1%' or '0.5%', nor an absolute number",
    ],
    [
      'a negative tolerance',
      'defaults: {fail: -1}\n',
      '.github/model-gate.yml:1:12: defaults.fail must not be negative',
    ],
    [
      'a bad direction',
      'metrics: {a: {better: up}}\n',
      ".github/model-gate.yml:1:15: metrics.a.better must be 'higher' or 'lower', not 'up'",
    ],
    [
      'a bad alpha',
      'significance: {alpha: 5}\n',
      '.github/model-gate.yml:1:16: significance.alpha must be a number between 0 and 1',
    ],
    [
      'require that is not a list',
      'require: accuracy\n',
      '.github/model-gate.yml:1:1: require must be a list',
    ],
  ])('rejects %s with file:line:col', (_what, text, message) => {
    expect(() => parsePolicy(text, FILE)).toThrow(message)
  })
})
