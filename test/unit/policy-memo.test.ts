import { describe, expect, it } from 'vitest'
import { namesMetric, parsePolicy, policyFor, resolveRule } from '../../src/core/policy.js'

const POLICY = `defaults: {warn: 0.5%, fail: 1%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  "slices.*.accuracy": {better: higher, fail: 2%}
  "slices.**": {warn: 3%}
  "latency_*": {better: lower, max: 100}
  "{precision,recall}": {fail: 0.02}
require: [accuracy]
models:
  "churn": {require: [auc], metrics: {accuracy: {fail: 0.005}, "slices.eu.*": {fail: 5%}}}
  "vision/*": {defaults: {fail: 3%}, metrics: {"latency_*": {max: 50}}}
  "vision/**": {metrics: {"*_loss": {better: lower}}}
`

const MODELS = ['churn', 'fraud', 'vision/resnet', 'vision/a/b', 'churn']
const METRICS = [
  'accuracy',
  'auc',
  'slices.eu.accuracy',
  'slices.eu.auc',
  'slices.us.west.accuracy',
  'latency_p95_ms',
  'precision',
  'recall',
  'train_loss',
  'val_loss',
  'mae',
  'slices',
]

describe('the policy compiled per model', () => {
  const policy = parsePolicy(POLICY, '.github/model-gate.yml')

  it('resolves every metric as resolveRule and namesMetric do, globs and model overrides included', () => {
    for (const model of MODELS) {
      const compiled = policyFor(policy, model)
      // Twice: the second answer comes from the memo.
      for (const round of [1, 2]) {
        for (const metric of METRICS) {
          const why = `${model} ${metric} (round ${round})`
          expect(compiled.rule(metric), why).toEqual(resolveRule(policy, model, metric))
          expect(compiled.names(metric), why).toBe(namesMetric(policy, model, metric))
        }
      }
    }
  })

  it('keeps models with different overrides apart', () => {
    expect(policyFor(policy, 'churn').rule('accuracy').fail).toEqual({ kind: 'absolute', amount: 0.005 })
    expect(policyFor(policy, 'fraud').rule('accuracy').fail).toEqual({ kind: 'absolute', amount: 0.01 })
    expect(policyFor(policy, 'vision/resnet').rule('latency_p95_ms').max).toBe(50)
    expect(policyFor(policy, 'fraud').rule('latency_p95_ms').max).toBe(100)
    expect(policyFor(policy, 'vision/a/b').rule('train_loss').better).toBe('lower')
    expect(policyFor(policy, 'vision/a/b').rule('latency_p95_ms').max).toBe(100)
  })
})
