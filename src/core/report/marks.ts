/**
 * One mark per model, so a new, removed, renamed, not comparable or accepted model never looks like a plain
 * pass; and a legend line naming the marks that need one, when they appear.
 */
import type { ModelReport } from './types.js'

export type Mark = 'fail' | 'warn' | 'pass' | 'new' | 'removed' | 'renamed' | 'not-comparable' | 'accepted'

const ICON: Record<Mark, string> = {
  fail: '❌',
  warn: '⚠️',
  pass: '✅',
  new: '🆕',
  removed: '🗑️',
  renamed: '🏷️',
  'not-comparable': '❔',
  accepted: '☑️',
}

const WORD: Record<Mark, string> = {
  fail: 'FAIL',
  warn: 'WARN',
  pass: 'PASS',
  new: 'NEW',
  removed: 'REMOVED',
  renamed: 'RENAMED',
  'not-comparable': 'NOT COMPARABLE',
  accepted: 'ACCEPTED',
}

/** What the marks that are not a plain verdict mean, in legend order. */
const MEANING: Partial<Record<Mark, string>> = {
  new: 'new model, no production version yet',
  removed: 'manifest removed',
  renamed: 'renamed',
  'not-comparable': 'not comparable: evaluation data changed',
  accepted: 'regression accepted',
}

/**
 * A failure always shows as one; then an accepted regression, a removal, a new model; then a model whose only
 * warnings are metrics that cannot be compared; then a warning, a rename, a pass.
 */
export function markOf(m: ModelReport): Mark {
  if (m.verdict === 'fail') return 'fail'
  if (m.accepted) return 'accepted'
  const identity = m.identity ?? (m.status === 'new' ? 'new' : m.status === 'removed' ? 'removed' : 'same')
  if (identity === 'removed' || identity === 'new') return identity
  const warned = m.metrics.filter((x) => x.level === 'warn')
  if (warned.length && warned.every((x) => x.verdict === 'not-comparable')) return 'not-comparable'
  if (m.verdict === 'warn') return 'warn'
  return identity === 'renamed' ? 'renamed' : 'pass'
}

export function markIcon(m: ModelReport): string {
  return ICON[markOf(m)]
}

export function markWord(m: ModelReport): string {
  return WORD[markOf(m)]
}

export function notComparableIcon(): string {
  return ICON['not-comparable']
}

/** `🆕 new model, no production version yet · ☑️ regression accepted`, or undefined when no such mark appears. */
export function legend(models: readonly ModelReport[]): string | undefined {
  const seen = new Set(models.map(markOf))
  const parts = (Object.keys(MEANING) as Mark[])
    .filter((k) => seen.has(k))
    .map((k) => `${ICON[k]} ${MEANING[k]}`)
  return parts.length ? parts.join(' · ') : undefined
}
