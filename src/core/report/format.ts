/** Shared wording of the reports: numbers, verdict labels, rules. Renderers differ only in layout. */
import type { MetricComparison, MetricVerdict, ModelReport, RunReport, RunVerdict } from './types.js'
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

/** The verdict in words; `esc` is applied to the parts that come from input (what changed, and why). */
export function verdictLabel(m: MetricComparison, esc: (text: string) => string = (t) => t): string {
  let label = VERDICT_LABEL[m.verdict]
  if (m.verdict === 'missing' && m.required) label = 'missing (required)'
  else if (m.verdict === 'missing' && m.level === 'fail') label = 'missing (named by the policy)'
  if (m.insideNoise && m.pValue !== undefined) label = `${label} (inside noise, ${formatP(m.pValue)})`
  else if (m.noiseIgnored && m.pValue !== undefined)
    label = `${label} (${formatP(m.pValue)}, noise not trusted: ${esc(m.noiseIgnored)})`
  else if (m.pValue !== undefined && m.verdict === 'fail') label = `${label} (${formatP(m.pValue)})`
  if (m.evaluationChanged) label = `${label} (evaluation data changed: ${esc(m.evaluationChanged)})`
  return label
}

/** A metric's name as the report shows it: a declared rename says what it was called in production. */
export function metricLabel(m: MetricComparison): string {
  return m.renamedFrom ? `${m.name} (renamed from ${m.renamedFrom})` : m.name
}

/** "checked because eval/metrics.json changed": the referenced files that made a model part of the check. */
export function checkedBecauseLine(m: ModelReport): string | undefined {
  const files = m.checkedBecause ?? []
  if (files.length === 0) return undefined
  const shown = files.slice(0, 5).join(', ')
  const more = files.length > 5 ? ` and ${files.length - 5} more` : ''
  return `checked because ${shown}${more} changed`
}

/** "skipped (not numbers): eval/metrics.json:3 accuracy (string)". */
export function skippedLine(m: ModelReport): string | undefined {
  const skipped = m.skipped ?? []
  if (skipped.length === 0) return undefined
  const items = skipped
    .slice(0, 10)
    .map((x) => `${x.file}${x.line ? `:${x.line}` : ''} ${x.name || '(root)'} (${x.type})`)
  const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : ''
  return `metrics-file entries skipped because they are not numbers: ${items.join(', ')}${more}`
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
    if (m.verdict === 'fail') c.failed++
    else if (m.verdict === 'warn') c.warned++
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
  if (m.accepted) return `accepted (${m.gateVerdict})`
  if (m.status === 'invalid') return 'invalid'
  if (m.status === 'removed') return 'removed'
  const what =
    m.verdict === 'fail' ? 'failed' : m.verdict === 'warn' ? 'warned' : m.status === 'new' ? 'new' : 'passed'
  if (m.verdict === 'pass') return what
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const metrics = m.metrics.filter((x) => x.level === m.verdict).length
  const errors = m.verdict === 'fail' ? m.errors.length : 0
  const warnings = m.verdict === 'warn' ? (m.warnings?.length ?? 0) : 0
  const parts = [
    metrics && plural(metrics, 'metric'),
    errors && plural(errors, 'error'),
    warnings && plural(warnings, 'warning'),
  ].filter(Boolean)
  return parts.length ? `${what} (${parts.join(', ')})` : what
}

/** "metrics measured in this run: eval/metrics.json, produced by the job and not in git". */
export function measuredInRunLine(m: ModelReport): string | undefined {
  const files = m.measuredInRun ?? []
  if (!files.length) return undefined
  const shown = files.slice(0, 5).join(', ')
  const more = files.length > 5 ? ` and ${files.length - 5} more` : ''
  return `metrics measured in this run: ${shown}${more}, produced by the job and not in git`
}
