import { describe, expect, it } from 'vitest'
import { DEFAULT_METRICS_PER_RUN, parsePolicy } from '../../src/core/policy.js'
import { limitChanges } from '../../src/core/policy-diff.js'

const policy = (text: string) => parsePolicy(text, '.github/model-gate.yml')

describe('limits.metrics_per_run: the run bound, set by the policy at the base', () => {
  it('reads a whole number, and leaves the bound unset when the key is absent', () => {
    expect(policy('limits: {metrics_per_run: 300000}\n').metricsPerRun).toBe(300_000)
    expect(policy('defaults: {better: higher}\n').metricsPerRun).toBeUndefined()
    expect(DEFAULT_METRICS_PER_RUN).toBe(50_000)
  })

  it('refuses a fraction, zero, a number past 1,000,000, a string and an unknown key, with file:line', () => {
    const message = (text: string) => {
      try {
        policy(text)
        return 'accepted'
      } catch (error) {
        return (error as Error).message
      }
    }
    const bound = 'limits.metrics_per_run must be a whole number from 1 to 1,000,000'
    expect(message('limits: {metrics_per_run: 2.5}\n')).toBe(`.github/model-gate.yml:1:10: ${bound}`)
    expect(message('limits: {metrics_per_run: 0}\n')).toBe(`.github/model-gate.yml:1:10: ${bound}`)
    expect(message('limits:\n  metrics_per_run: 1000001\n')).toBe(`.github/model-gate.yml:2:3: ${bound}`)
    expect(message("limits: {metrics_per_run: '9'}\n")).toMatch(/^\.github\/model-gate\.yml:1:10: /)
    expect(message('limits: {metrics_per_model: 9}\n')).toMatch(
      /^\.github\/model-gate\.yml:1:\d+: .*metrics_per_model/,
    )
  })

  it('a pull request that raises the bound loosens the policy; lowering it tightens', () => {
    const none = policy('{}\n')
    const raised = policy('limits: {metrics_per_run: 300000}\n')
    const lowered = policy('limits: {metrics_per_run: 1000}\n')
    expect(limitChanges(none, raised)).toEqual([
      expect.objectContaining({
        scope: 'limits',
        setting: 'metrics_per_run',
        before: '50000',
        after: '300000',
        effect: 'looser',
      }),
    ])
    expect(limitChanges(raised, lowered)).toEqual([
      expect.objectContaining({ before: '300000', after: '1000', effect: 'tighter' }),
    ])
    expect(limitChanges(none, policy('limits: {metrics_per_run: 50000}\n'))).toEqual([])
  })
})
