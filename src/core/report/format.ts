/** Shared wording of the reports: numbers, verdict labels, rules. Renderers differ only in layout. */
import type { MetricComparison, MetricVerdict, ModelReport, RunReport, RunVerdict } from '../compare.js'
import type { Plain } from '../document.js'
import { formatTolerance, type ResolvedRule } from '../policy.js'

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value)
  const text = value.toPrecision(6)
  if (text.includes('e')) return String(Number(text))
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text
}

export function formatDelta(value: number | undefined): string {
  if (value === undefined) return ''
  const text = formatNumber(value)
  return value > 0 ? `+${text}` : text
}

export function formatPercent(value: number | undefined): string {
  if (value === undefined) return ''
  const text = value.toFixed(2)
  return value > 0 ? `+${text}%` : `${text}%`
}

const VERDICT_LABEL: Record<MetricVerdict, string> = {
  improved: 'improved',
  unchanged: 'unchanged',
  within: 'within tolerance',
  warn: 'warn',
  fail: 'fail',
  'below-floor': 'below floor',
  'above-ceiling': 'above ceiling',
  new: 'new',
  missing: 'missing',
  'not-comparable': 'not comparable',
}

export function verdictLabel(m: MetricComparison): string {
  let label = VERDICT_LABEL[m.verdict]
  if (m.verdict === 'missing' && m.required) label = 'missing (required)'
  if (m.insideNoise && m.pValue !== undefined) label = `${label} (inside noise, ${formatP(m.pValue)})`
  else if (m.pValue !== undefined && m.verdict === 'fail') label = `${label} (${formatP(m.pValue)})`
  return label
}

export function formatP(p: number): string {
  return p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`
}

export function levelIcon(level: RunVerdict): string {
  return level === 'fail' ? '❌' : level === 'warn' ? '⚠️' : '✅'
}

export function metricIcon(m: MetricComparison): string {
  if (m.verdict === 'new') return '🆕'
  if (m.verdict === 'not-comparable') return '❔'
  return levelIcon(m.level)
}

export function formatRule(rule: ResolvedRule): string {
  const parts = [`${rule.better} is better${rule.betterInferred ? ' (inferred)' : ''}`]
  const tiers = []
  if (rule.warn) tiers.push(`warn ${formatTolerance(rule.warn)}`)
  if (rule.fail) tiers.push(`fail ${formatTolerance(rule.fail)}`)
  if (rule.min !== undefined) tiers.push(`min ${formatNumber(rule.min)}`)
  if (rule.max !== undefined) tiers.push(`max ${formatNumber(rule.max)}`)
  if (tiers.length) parts.push(tiers.join(', '))
  return parts.join('; ')
}

export function formatPlain(value: Plain | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

export const RUN_TITLE: Record<RunVerdict, string> = {
  fail: 'Model Gate: failed',
  warn: 'Model Gate: passed with warnings',
  pass: 'Model Gate: passed',
  skip: 'Model Gate: no model changes',
}

export interface Counts {
  failed: number
  warned: number
  passed: number
  new: number
  accepted: number
  removed: number
}

export function countModels(report: RunReport): Counts {
  const c: Counts = { failed: 0, warned: 0, passed: 0, new: 0, accepted: 0, removed: 0 }
  for (const m of report.models) {
    if (m.level === 'fail') c.failed++
    else if (m.level === 'warn') c.warned++
    else if (m.accepted) c.accepted++
    else if (m.status === 'removed') c.removed++
    else if (m.status === 'new') c.new++
    else c.passed++
  }
  return c
}

export function summaryLine(report: RunReport): string {
  const c = countModels(report)
  const n = report.models.length
  if (n === 0) return 'No model manifest changed.'
  const parts = [
    c.failed && `${c.failed} failed`,
    c.warned && `${c.warned} warned`,
    c.accepted && `${c.accepted} accepted`,
    c.passed && `${c.passed} passed`,
    c.new && `${c.new} new`,
    c.removed && `${c.removed} removed`,
  ].filter(Boolean)
  return `${n} model${n === 1 ? '' : 's'} checked: ${parts.join(', ')}.`
}

export function modelVerdictLabel(m: ModelReport): string {
  if (m.accepted) return `accepted (${m.gateLevel})`
  if (m.status === 'invalid') return 'invalid'
  if (m.status === 'removed') return 'removed'
  const problems = m.metrics.filter((x) => x.level === m.level).length
  const what =
    m.level === 'fail' ? 'failed' : m.level === 'warn' ? 'warned' : m.status === 'new' ? 'new' : 'passed'
  if (m.level === 'pass') return what
  return `${what} (${problems} metric${problems === 1 ? '' : 's'})`
}

export function isProblem(m: MetricComparison): boolean {
  return m.level !== 'pass'
}
