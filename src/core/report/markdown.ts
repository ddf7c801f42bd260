/** The pull-request comment, the check summary and the job summary: GitHub-flavoured markdown, as a string. */
import { markdownTable } from 'markdown-table'
import type { MetricComparison, ModelReport, RunReport } from './types.js'
import { formatPosition } from '../diagnostics.js'
import { registryMissingMessage } from '../fail-on.js'
import { REASON_SHOWN } from '../reason.js'
import type { SnapshotChange } from '../snapshot-diff.js'
import { renderTrend } from './chart.js'
import { escapeMarkdown as esc } from './escape.js'
import { policySectionMarkdown } from './policy-section.js'
import {
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlain,
  formatRule,
  checkedBecauseLine,
  measuredInRunLine,
  levelIcon,
  metricLabel,
  skippedLine,
  metricIcon,
  modelVerdictLabel,
  RUN_TITLE,
  summaryLine,
  verdictLabel,
} from './format.js'
import { escapeHtmlText } from './html-text.js'
import { legend, markIcon } from './marks.js'
import { shortenValue } from './shorten.js'
import { formatTime, formatTimeAgo } from './time.js'

/** A time that does not parse is shown escaped. */
const when = (text: string) => esc(text, 40)

export interface MarkdownOptions {
  /** Longest string to return; when the full report is longer, a compact one is rendered. */
  readonly maxLength?: number
  /** Where the full report can be read, named in the compact report (e.g. the job summary's URL). */
  readonly fullReportLink?: string
  /** Lines placed first (e.g. the sticky comment's hidden marker). Trusted text. */
  readonly header?: string
  /** Lines placed last (e.g. "checked at <sha>"). Trusted text. */
  readonly footer?: string
  /** The time of the check, for "3 days ago"; without it only absolute times are shown. */
  readonly now?: Date
}

type Mode = 'full' | 'no-charts' | 'problems'

const TABLE = { alignDelimiters: false } as const

export function renderMarkdown(report: RunReport, options: MarkdownOptions = {}): string {
  const render = (mode: Mode) => assemble(options, sectionsOf(report, mode, options.now))
  const full = render('full')
  const max = options.maxLength
  if (max === undefined || full.length <= max) return full
  // The charts go first: they never push a failing row out.
  const plain = render('no-charts')
  if (plain.length <= max) return plain
  return compact(report, options, max, full.length)
}

/**
 * The sections of a report in a mode, rendered once for every renderMarkdown of the same report at the same
 * time: the action renders the check summary, the comment and the job summary from one report, each with its
 * own header, footer and length. A report is not changed once made (its types are read-only).
 */
const rendered = new WeakMap<RunReport, Map<string, readonly string[]>>()

function sectionsOf(report: RunReport, mode: Mode, now: Date | undefined): readonly string[] {
  const byKey = rendered.get(report) ?? new Map<string, readonly string[]>()
  rendered.set(report, byKey)
  const key = `${mode} ${now?.getTime() ?? ''}`
  let sections = byKey.get(key)
  if (!sections) {
    sections = [
      headline(report),
      ...policySection(report),
      ...report.models.map((m) => modelSection(m, mode, { now })),
    ]
    byKey.set(key, sections)
  }
  return sections
}

function assemble(options: MarkdownOptions, sections: readonly string[]): string {
  return (
    [options.header, ...sections, options.footer].filter((s) => s !== undefined && s !== '').join('\n\n') +
    '\n'
  )
}

function headline(report: RunReport): string {
  const lines = [`## ${levelIcon(report.verdict)} ${RUN_TITLE[report.verdict]}`, '', summaryLine(report)]
  if (report.errors?.length) {
    lines.push(
      '',
      report.errors
        .map((e) => `- ❌ ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`)
        .join('\n'),
    )
  }
  if (report.registryMissing) {
    const { branch, level } = report.registryMissing
    lines.push('', `- ${level === 'fail' ? '❌' : '⚠️'} ${esc(registryMissingMessage(branch), 300)}`)
  }
  if (report.models.length > 0) {
    lines.push('', `Policy: ${esc(report.policySource)}.`)
    const rows = report.models.map((m) => [
      `${markIcon(m)} ${esc(m.name)}`,
      m.candidateVersion ? `\`${m.candidateVersion}\`` : '',
      m.baselineVersion ? `\`${m.baselineVersion}\`` : m.status === 'new' ? 'none (new model)' : '',
      modelVerdictLabel(m),
    ])
    lines.push('', markdownTable([['Model', 'Candidate', 'Production', 'Verdict'], ...rows], TABLE))
    const marks = legend(report.models)
    if (marks) lines.push('', `<sub>${marks}</sub>`)
  }
  return lines.join('\n')
}

/** What a proposed policy loosens and tightens: kept whole in the compact report too. */
function policySection(report: RunReport): string[] {
  return report.policyChanges ? [policySectionMarkdown(report.policyChanges)] : []
}

function modelTitle(m: ModelReport): string {
  const versions =
    m.baselineVersion && m.candidateVersion
      ? ` \`${m.baselineVersion}\` → \`${m.candidateVersion}\``
      : m.candidateVersion
        ? ` \`${m.candidateVersion}\``
        : ''
  return `### ${markIcon(m)} ${esc(m.name)}${versions}`
}

/** "production from model-registry: promoted by Demo 2026-12-02 13:38 UTC (3 days ago)" */
function productionLine(m: ModelReport, now?: Date): string {
  if (!m.baselineSource) return ''
  const p = m.baselinePromoted
  const how = p
    ? `: ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${esc(p.actor, 60)} ${formatTimeAgo(p.at, now, when)}`
    : ''
  return `, production from ${esc(m.baselineSource)}${how}`
}

function modelSection(m: ModelReport, mode: Mode, options: MarkdownOptions = {}): string {
  const parts = [modelTitle(m)]
  const source = productionLine(m, options.now)
  parts.push(`${esc(m.path)}${m.status === 'new' ? ', new model: no production version yet' : source}`)
  if (m.errors.length) {
    parts.push(
      m.errors.map((e) => `- ❌ ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`).join('\n'),
    )
  }
  const because = checkedBecauseLine(m)
  if (because) parts.push(`${esc(because.charAt(0).toUpperCase() + because.slice(1), 600)}.`)
  const measured = measuredInRunLine(m)
  if (measured) parts.push(`🧪 ${esc(measured.charAt(0).toUpperCase() + measured.slice(1), 600)}.`)
  if (m.accepted) {
    parts.push(
      `Accepted by ${esc(m.accepted.actor, 60)} ${formatTime(m.accepted.at, when)}: ${esc(m.accepted.reason, REASON_SHOWN)}`,
    )
  }
  if (m.acceptanceLapsed) parts.push(`- ❌ Acceptance lapsed: ${esc(m.acceptanceLapsed, 400)}`)
  if (m.warnings?.length) parts.push(m.warnings.map((w) => `- ⚠️ ${esc(w, 400)}`).join('\n'))
  if (m.notes.length) parts.push(m.notes.map((n) => `- ${esc(n, 300)}`).join('\n'))
  const skipped = skippedLine(m)
  if (mode !== 'problems' && skipped) parts.push(`- ${esc(skipped, 1200)}`)
  const shown = mode === 'problems' ? m.metrics.filter((x) => x.level === 'fail') : m.metrics
  if (shown.length) {
    const table = metricTable(shown)
    const open = mode === 'problems' || m.verdict !== 'pass'
    parts.push(open ? table : details(`Metrics (${shown.length})`, table))
  }
  if (mode === 'full' && m.trend?.series.length) {
    const names = m.trend.series.map((s) => s.metric).join(', ')
    parts.push(details(`Trend: ${escapeHtmlText(names, 200)}`, renderTrend(m.trend)))
  }
  if (mode !== 'problems' && m.changes.length) {
    const sections = [...new Set(m.changes.map((c) => c.section))]
      .map((s) => escapeHtmlText(s, 60))
      .join(', ')
    const count = `${m.changes.length} change${m.changes.length === 1 ? '' : 's'}`
    parts.push(details(`What changed: ${count} in ${sections}`, changeTable(m.changes)))
  }
  return parts.join('\n\n')
}

function metricTable(metrics: readonly MetricComparison[]): string {
  const rows = metrics.map((x) => [
    esc(metricLabel(x)),
    x.baseline ? formatNumber(x.baseline.value) : '',
    x.candidate ? formatNumber(x.candidate.value) : '',
    formatDelta(x.delta),
    formatPercent(x.deltaPercent),
    formatRule(x.rule),
    `${metricIcon(x)} ${verdictLabel(x, (t) => esc(t, 300))}`,
  ])
  return markdownTable([['Metric', 'Production', 'Candidate', 'Δ', 'Δ %', 'Rule', 'Verdict'], ...rows], TABLE)
}

function changeTable(changes: readonly SnapshotChange[]): string {
  const rows = changes.map((c) => [
    esc(c.section),
    esc(c.key),
    c.kind,
    esc(shortenValue(formatPlain(c.before)), 80),
    esc(shortenValue(formatPlain(c.after)), 80),
  ])
  return markdownTable([['Section', 'Key', 'Change', 'Production', 'Candidate'], ...rows], TABLE)
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** The report cut to fit: the headline, then every failing row; what was left out is said. */
function compact(report: RunReport, options: MarkdownOptions, max: number, fullLength: number): string {
  const where = options.fullReportLink ? `: ${options.fullReportLink}` : ' in the job summary'
  const notice = `> [!NOTE]\n> The full report (${fullLength} characters) is too long for this place; it shows the headline and every failing metric. Read the full report${where}.`
  const sections = [headline(report), notice, ...policySection(report)]
  const problems = report.models.filter((m) => m.verdict === 'fail')
  for (const m of problems) sections.push(modelSection(m, 'problems'))
  const text = assemble(options, sections)
  if (text.length <= max) return text
  // Still too long: keep as many failing rows as fit, and count the rest.
  const rows: string[] = []
  let omitted = 0
  const base = assemble(options, [headline(report), notice, ...policySection(report)])
  let budget = max - base.length - 200
  for (const m of problems) {
    for (const x of m.metrics.filter((y) => y.level === 'fail')) {
      const line = `- ❌ ${esc(m.name)}: ${esc(metricLabel(x))} ${x.baseline ? formatNumber(x.baseline.value) : '–'} → ${x.candidate ? formatNumber(x.candidate.value) : '–'} (${verdictLabel(x, (t) => esc(t, 300))})`
      if (line.length + 1 <= budget) {
        rows.push(line)
        budget -= line.length + 1
      } else {
        omitted++
      }
    }
    for (const e of m.errors) {
      const line = `- ❌ ${esc(m.name)}: ${esc(e.message, 300)}`
      if (line.length + 1 <= budget) {
        rows.push(line)
        budget -= line.length + 1
      } else omitted++
    }
  }
  if (omitted) rows.push(`- … and ${omitted} more failing rows, in the full report`)
  const fitted = assemble(options, [headline(report), notice, ...policySection(report), rows.join('\n')])
  if (fitted.length <= max) return fitted
  // Even the headline is too long (thousands of models): cut its middle, keep the header and footer whole,
  // since the footer carries the stamp that protects a newer result.
  const ends = assemble(options, ['…'])
  const middle = assemble({}, [headline(report), notice]).slice(0, Math.max(0, max - ends.length - 2))
  return assemble(options, [`${middle}…`])
}
