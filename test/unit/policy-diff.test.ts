import { describe, expect, it } from 'vitest'
import { diffPolicies, POLICY_DIFF_MAX_RULES, type PolicyDiff } from '../../src/core/policy-diff.js'
import { DEFAULT_POLICY, parsePolicy } from '../../src/core/policy.js'
import { policyChangeLine } from '../../src/core/report/policy-section.js'

const FILE = '.github/model-gate.yml'
const BASE = `defaults: {warn: 0.5%, fail: 1%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
  latency_p95_ms: {better: lower, warn: 5%, fail: 10%, max: 100}
require: [accuracy]
significance: {alpha: 0.05}
models:
  churn: {require: [auc], metrics: {accuracy: {fail: 0.005}}}
`

/** The diff of BASE against BASE with one edit, as the lines the reports print. */
function lines(diff: PolicyDiff): string[] {
  return diff.changes.map(policyChangeLine)
}
const edit = (from: string, to: string, base = BASE) => {
  expect(base).toContain(from)
  return lines(diffPolicies(parsePolicy(base, FILE), parsePolicy(base.replace(from, to), FILE)))
}

describe('diffPolicies', () => {
  it('an unchanged policy has no changes, whatever its layout', () => {
    const relaid = BASE.replace(
      '{better: higher, fail: 0.01, min: 0.85}',
      '\n    better: higher\n    min: 0.85\n    fail: 0.01',
    )
    expect(diffPolicies(parsePolicy(BASE, FILE), parsePolicy(relaid, FILE)).changes).toEqual([])
  })

  it('a larger tolerance is looser, a smaller one tighter, side by side', () => {
    expect(edit('fail: 0.01,', 'fail: 0.5,')).toEqual(['metrics.accuracy: fail 0.01 -> 0.5, looser'])
    expect(edit('fail: 0.01,', 'fail: 0.001,')).toEqual(['metrics.accuracy: fail 0.01 -> 0.001, tighter'])
    expect(edit('warn: 5%', 'warn: 6%')).toEqual(['metrics.latency_p95_ms: warn 5% -> 6%, looser'])
  })

  it('a tolerance of another kind is looser, unless it is zero', () => {
    expect(edit('fail: 0.01,', 'fail: 1%,')).toEqual([
      'metrics.accuracy: fail 0.01 -> 1%, looser (changed kind: which is wider depends on the baseline value)',
    ])
    expect(edit('fail: 0.01,', 'fail: 0%,')).toEqual([
      'metrics.accuracy: fail 0.01 -> 0%, tighter (changed kind)',
    ])
  })

  it('a change of defaults is one row, not one per metric that inherits it', () => {
    expect(edit('defaults: {warn: 0.5%, fail: 1%}', 'defaults: {warn: 0.5%, fail: 20%}')).toEqual([
      'defaults: fail 1% -> 20%, looser',
    ])
  })

  it('a lower or removed floor and a higher or removed ceiling are looser; the reverse tighter', () => {
    expect(edit('min: 0.85', 'min: 0.5')).toEqual(['metrics.accuracy: min 0.85 -> 0.5, looser'])
    expect(edit(', min: 0.85', '')).toEqual(['metrics.accuracy: min 0.85 -> none, looser'])
    expect(edit('min: 0.85', 'min: 0.9')).toEqual(['metrics.accuracy: min 0.85 -> 0.9, tighter'])
    expect(edit('max: 100', 'max: 150')).toEqual(['metrics.latency_p95_ms: max 100 -> 150, looser'])
    expect(edit(', max: 100', '')).toEqual(['metrics.latency_p95_ms: max 100 -> none, looser'])
    expect(edit('max: 100', 'max: 90')).toEqual(['metrics.latency_p95_ms: max 100 -> 90, tighter'])
  })

  it('a removed requirement is looser, an added one tighter', () => {
    expect(edit('require: [accuracy]', 'require: []')).toEqual([
      'require: accuracy required -> not required, looser',
    ])
    expect(edit('require: [accuracy]', 'require: [accuracy, f1]')).toEqual([
      'require: f1 not required -> required, tighter',
    ])
    expect(edit('require: [auc]', 'require: []')).toEqual([
      'models.churn.require: auc required -> not required, looser',
    ])
  })

  it('significance on, or a lower alpha, is looser: more failures count as inside the noise', () => {
    expect(edit('significance: {alpha: 0.05}', 'significance: {alpha: 0.01}')).toEqual([
      'significance: alpha 0.05 -> 0.01, looser',
    ])
    expect(edit('significance: {alpha: 0.05}', 'significance: {alpha: 0.1}')).toEqual([
      'significance: alpha 0.05 -> 0.1, tighter',
    ])
    expect(edit('significance: {alpha: 0.05}\n', '')).toEqual(['significance: alpha 0.05 -> off, tighter'])
    const without = BASE.replace('significance: {alpha: 0.05}\n', '')
    expect(
      edit('require: [accuracy]\n', 'require: [accuracy]\nsignificance: {alpha: 0.05}\n', without),
    ).toEqual(['significance: alpha off -> 0.05, looser'])
  })

  it('a flipped direction is looser: a worse value now counts as an improvement', () => {
    expect(edit('better: lower', 'better: higher')).toEqual([
      'metrics.latency_p95_ms: better lower -> higher, looser (a worse value now counts as better)',
    ])
  })

  it('model overrides and glob rules: added, removed, changed', () => {
    expect(edit('metrics: {accuracy: {fail: 0.005}}', 'metrics: {accuracy: {fail: 0.05}}')).toEqual([
      'models.churn.metrics.accuracy: fail 0.005 -> 0.05, looser',
    ])
    expect(edit('  churn: {require: [auc], metrics: {accuracy: {fail: 0.005}}}\n', '')).toEqual([
      'models.churn.metrics.accuracy: fail 0.005 -> 0.01, looser',
      'models.churn.require: auc required -> not required, looser',
    ])
    expect(edit('models:\n', 'models:\n  "vision/*": {defaults: {fail: 0.5%}}\n')).toEqual([
      'models.vision/*.defaults: fail 1% -> 0.5%, tighter',
    ])
    expect(edit('require:', '  "slices.*.accuracy": {fail: 5%}\nrequire:')).toEqual([
      'metrics.slices.*.accuracy: fail 1% -> 5%, looser',
    ])
  })

  it('a rule that resolves as what it inherits is a neutral row', () => {
    expect(edit('require:', '  f1: {fail: 1%}\nrequire:')).toEqual([
      'metrics.f1: rule none -> set, neutral (same as what it inherits)',
    ])
  })

  it('a deleted policy file is compared with the built-in defaults', () => {
    expect(lines(diffPolicies(parsePolicy(BASE, FILE), DEFAULT_POLICY))).toEqual([
      'metrics.accuracy: fail 0.01 -> 1%, looser (changed kind: which is wider depends on the baseline value)',
      'metrics.accuracy: min 0.85 -> none, looser',
      'metrics.latency_p95_ms: warn 5% -> 0.5%, tighter',
      'metrics.latency_p95_ms: fail 10% -> 1%, tighter',
      'metrics.latency_p95_ms: max 100 -> none, looser',
      'require: accuracy required -> not required, looser',
      'significance: alpha 0.05 -> off, tighter',
      'models.churn.metrics.accuracy: fail 0.005 -> 1%, looser (changed kind: which is wider depends on the baseline value)',
      'models.churn.require: auc required -> not required, looser',
    ])
  })

  it('a policy too large to compare rule by rule is one looser row', () => {
    const many = Array.from({ length: POLICY_DIFF_MAX_RULES + 1 }, (_, i) => `  m${i}: {fail: 1%}`).join('\n')
    expect(lines(diffPolicies(parsePolicy(BASE, FILE), parsePolicy(`metrics:\n${many}\n`, FILE)))).toEqual([
      `policy: rules in force -> proposed, looser (1001 rules, over the 1000 compared one by one: review it by hand)`,
    ])
  })
})
