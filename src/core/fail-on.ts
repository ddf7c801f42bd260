/**
 * The `fail-on` rule (action input and CLI flag): the level that fails the job (`fail`, `warn` or `never`),
 * optionally followed by how a missing registry branch counts: `fail-on: fail, missing-registry:warn`.
 * A registry branch that is not there (a misspelled `registry-branch`, a single-branch clone) makes every
 * model look new; by default that fails the run, so it is never a silent pass.
 */
import type { Level, RunReport, RunVerdict } from './report/types.js'
import { worst } from './levels.js'

export type FailLevel = 'fail' | 'warn' | 'never'

export interface FailOnRule {
  readonly level: FailLevel
  /** How a missing registry branch counts when a model is compared. */
  readonly missingRegistry: 'fail' | 'warn'
}

export const DEFAULT_FAIL_ON: FailOnRule = { level: 'fail', missingRegistry: 'fail' }

/** The rule, or the one-line reason it is not one. */
export function parseFailOn(text: string): FailOnRule | { readonly error: string } {
  const [first = '', ...rest] = text.split(',').map((s) => s.trim())
  const level = first === '' ? 'fail' : first
  if (level !== 'fail' && level !== 'warn' && level !== 'never') {
    return { error: `must be one of fail, warn, never, not '${first}'` }
  }
  let missingRegistry: FailOnRule['missingRegistry'] = 'fail'
  for (const item of rest) {
    const m = /^missing-registry\s*:\s*(fail|warn)$/.exec(item)
    if (!m) return { error: `'${item}' is not 'missing-registry:warn' or 'missing-registry:fail'` }
    missingRegistry = m[1] as 'fail' | 'warn'
  }
  return { level, missingRegistry }
}

export function failsOn(verdict: RunVerdict, level: FailLevel): boolean {
  if (level === 'never') return false
  if (level === 'warn') return verdict === 'fail' || verdict === 'warn'
  return verdict === 'fail'
}

export function registryMissingMessage(branch: string): string {
  return `registry branch '${branch}' not found: every model is treated as new`
}

/**
 * The report, said out loud: the registry branch is not there. When a model is compared the run is at least
 * as bad as the rule's level for it; when none is (no model changed, or only removed ones), the registry was
 * not asked and nothing is said.
 */
export function withMissingRegistry(report: RunReport, branch: string, rule: FailOnRule): RunReport {
  if (!report.models.some((m) => m.status !== 'removed')) return report
  const level: Level = rule.missingRegistry
  const verdict: RunVerdict = report.verdict === 'skip' ? level : worst([report.verdict, level])
  return { ...report, verdict, registryMissing: { branch, level } }
}
