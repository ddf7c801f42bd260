/** From the gate's verdict to what GitHub shows: the check's conclusion, and whether the job fails. */
import type { RunVerdict } from '../core/report/types.js'
import { countEffects, type PolicyDiff } from '../core/policy-diff.js'
import type { FailOn } from './inputs.js'

export function jobFails(verdict: RunVerdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warn') return verdict === 'fail' || verdict === 'warn'
  return verdict === 'fail'
}

export function checkConclusion(verdict: RunVerdict, failOn: FailOn): 'success' | 'neutral' | 'failure' {
  if (jobFails(verdict, failOn)) return 'failure'
  return verdict === 'pass' || verdict === 'skip' ? 'success' : 'neutral'
}

export function checkTitle(
  verdict: RunVerdict,
  counts: { failed: number; warned: number; accepted: number; total: number },
  policy?: PolicyDiff,
): string {
  if (!policy) return modelsTitle(verdict, counts)
  const { looser } = countEffects(policy)
  const what = looser
    ? `policy loosened (${looser} rule${looser === 1 ? '' : 's'})`
    : 'policy changed, nothing loosened'
  if (counts.total === 0) return `${what.charAt(0).toUpperCase()}${what.slice(1)}`
  return `${modelsTitle(verdict, counts)}; ${what}`
}

function modelsTitle(
  verdict: RunVerdict,
  counts: { failed: number; warned: number; accepted: number; total: number },
): string {
  if (verdict === 'skip') return 'No model changes'
  if (verdict === 'pass' && counts.accepted) {
    return `Passed: ${counts.accepted} regression${counts.accepted === 1 ? '' : 's'} accepted`
  }
  if (verdict === 'fail')
    return `${counts.failed} of ${counts.total} model${counts.total === 1 ? '' : 's'} failed`
  if (verdict === 'warn')
    return `Passed with warnings (${counts.warned} model${counts.warned === 1 ? '' : 's'})`
  return `${counts.total} model${counts.total === 1 ? '' : 's'} passed`
}
