import { describe, expect, it } from 'vitest'
import type { RunReport } from '../../src/core/report/types.js'
import { failsOn, parseFailOn, withMissingRegistry } from '../../src/core/fail-on.js'
import { policyPaths } from '../../src/gate/policy-file.js'

const report = (verdict: RunReport['verdict'], statuses: string[]): RunReport =>
  ({
    verdict,
    policySource: 'built-in defaults',
    models: statuses.map((status) => ({ status })),
  }) as unknown as RunReport

describe('fail-on', () => {
  it('reads the level and the missing-registry rule', () => {
    expect(parseFailOn('')).toEqual({ level: 'fail', missingRegistry: 'fail' })
    expect(parseFailOn('warn')).toEqual({ level: 'warn', missingRegistry: 'fail' })
    expect(parseFailOn(' fail , missing-registry: warn ')).toEqual({ level: 'fail', missingRegistry: 'warn' })
    expect(parseFailOn('sometimes')).toEqual({
      error: "must be one of fail, warn, never, not 'sometimes'",
    })
    expect(parseFailOn('fail,missing:warn')).toEqual({
      error: "'missing:warn' is not 'missing-registry:warn' or 'missing-registry:fail'",
    })
  })

  it('fails the job as the level says', () => {
    expect([failsOn('warn', 'fail'), failsOn('warn', 'warn'), failsOn('fail', 'never')]).toEqual([
      false,
      true,
      false,
    ])
  })

  it('a missing registry raises the verdict only when a model is compared', () => {
    const rule = { level: 'fail', missingRegistry: 'fail' } as const
    expect(withMissingRegistry(report('pass', ['new']), 'model-registry', rule)).toMatchObject({
      verdict: 'fail',
      registryMissing: { branch: 'model-registry', level: 'fail' },
    })
    const warn = withMissingRegistry(report('pass', ['new']), 'x', { ...rule, missingRegistry: 'warn' })
    expect(warn.verdict).toBe('warn')
    expect(withMissingRegistry(report('skip', []), 'x', rule).registryMissing).toBeUndefined()
    expect(withMissingRegistry(report('pass', ['removed']), 'x', rule).verdict).toBe('pass')
  })
})

describe('the policy path', () => {
  it('the default location has two spellings; another path has one', () => {
    expect(policyPaths('.github/model-gate.yml')).toEqual([
      '.github/model-gate.yml',
      '.github/model-gate.yaml',
    ])
    expect(policyPaths('.github/model-gate.yaml')).toEqual([
      '.github/model-gate.yml',
      '.github/model-gate.yaml',
    ])
    expect(policyPaths('ci/gate.yml')).toEqual(['ci/gate.yml'])
  })
})
