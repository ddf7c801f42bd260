/** The pull-request comment, the check summary and the job summary: GitHub-flavoured markdown, as a string. */
import { markdownTable } from 'markdown-table'
import type { MetricComparison, ModelReport, RunReport } from '../compare.js'
import { formatPosition } from '../diagnostics.js'
import { REASON_SHOWN } from '../reason.js'
import type { SnapshotChange } from '../snapshot-diff.js'
import { escapeMarkdown as esc } from './escape.js'
import {
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlain,
  formatRule,
  levelIcon,
  metricIcon,
  modelVerdictLabel,
  RUN_TITLE,
  summaryLine,
  verdictLabel,
} from './format.js'

export interface MarkdownOptions {
  /** Longest string to return; when the full report is longer, a compact one is rendered. */
  readonly maxLength?: number
  /** Where the full report can be read, named in the compact report (e.g. the job summary's URL). */
  readonly fullReportLink?: string
  /** Lines placed first (e.g. the sticky comment's hidden marker). Trusted text. */
  readonly header?: string
  /** Lines placed last (e.g. "checked at <sha>"). Trusted text. */
  readonly footer?: string
}

const TABLE = { alignDelimiters: false } as const

export function renderMarkdown(report: RunReport, options: MarkdownOptions = {}): string {
  const full = assemble(options, [headline(report), ...report.models.map((m) => modelSection(m, 'full'))])
  const max = options.maxLength
  if (max === undefined || full.length <= max) return full
  return compact(report, options, max, full.length)
}

function assemble(options: MarkdownOptions, sections: string[]): string {
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
  if (report.models.length > 0) {
    lines.push('', `Policy: ${esc(report.policySource)}.`)
    const rows = report.models.map((m) => [
      `${levelIcon(m.level)} ${esc(m.name)}`,
      m.candidateVersion ? `\`${m.candidateVersion}\`` : '',
      m.baselineVersion ? `\`${m.baselineVersion}\`` : m.status === 'new' ? 'none (new model)' : '',
      modelVerdictLabel(m),
    ])
    lines.push('', markdownTable([['Model', 'Candidate', 'Production', 'Verdict'], ...rows], TABLE))
  }
  return lines.join('\n')
}

function modelTitle(m: ModelReport): string {
  const versions =
    m.baselineVersion && m.candidateVersion
      ? ` \`${m.baselineVersion}\` → \`${m.candidateVersion}\``
      : m.candidateVersion
        ? ` \`${m.candidateVersion}\``
        : ''
  return `### ${levelIcon(m.level)} ${esc(m.name)}${versions}`
}

function modelSection(m: ModelReport, mode: 'full' | 'problems'): string {
  const parts = [modelTitle(m)]
  const source = m.baselineSource ? `, production from ${esc(m.baselineSource)}` : ''
  parts.push(`${esc(m.path)}${m.status === 'new' ? ', new model: no production version yet' : source}`)
  if (m.errors.length) {
    parts.push(
      m.errors.map((e) => `- ❌ ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`).join('\n'),
    )
  }
  if (m.accepted) {
    parts.push(
      `Accepted by ${esc(m.accepted.actor, 60)} at ${esc(m.accepted.at)}: ${esc(m.accepted.reason, REASON_SHOWN)}`,
    )
  }
  if (m.notes.length) parts.push(m.notes.map((n) => `- ${esc(n, 300)}`).join('\n'))
  const shown = mode === 'full' ? m.metrics : m.metrics.filter((x) => x.level === 'fail')
  if (shown.length) {
    const table = metricTable(shown)
    const open = mode === 'problems' || m.level !== 'pass'
    parts.push(open ? table : details(`Metrics (${shown.length})`, table))
  }
  if (mode === 'full' && m.changes.length) {
    const sections = [...new Set(m.changes.map((c) => c.section))].map((s) => esc(s)).join(', ')
    const count = `${m.changes.length} change${m.changes.length === 1 ? '' : 's'}`
    parts.push(details(`What changed: ${count} in ${sections}`, changeTable(m.changes)))
  }
  return parts.join('\n\n')
}

function metricTable(metrics: readonly MetricComparison[]): string {
  const rows = metrics.map((x) => [
    esc(x.name),
    x.baseline ? formatNumber(x.baseline.value) : '',
    x.candidate ? formatNumber(x.candidate.value) : '',
    formatDelta(x.delta),
    formatPercent(x.deltaPercent),
    formatRule(x.rule),
    `${metricIcon(x)} ${verdictLabel(x)}`,
  ])
  return markdownTable([['Metric', 'Production', 'Candidate', 'Δ', 'Δ %', 'Rule', 'Verdict'], ...rows], TABLE)
}

function changeTable(changes: readonly SnapshotChange[]): string {
  const rows = changes.map((c) => [
    esc(c.section),
    esc(c.key),
    c.kind,
    esc(formatPlain(c.before), 80),
    esc(formatPlain(c.after), 80),
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
  const sections = [headline(report), notice]
  const problems = report.models.filter((m) => m.level === 'fail')
  for (const m of problems) sections.push(modelSection(m, 'problems'))
  const text = assemble(options, sections)
  if (text.length <= max) return text
  // Still too long: keep as many failing rows as fit, and count the rest.
  const rows: string[] = []
  let omitted = 0
  const base = assemble(options, [headline(report), notice])
  let budget = max - base.length - 200
  for (const m of problems) {
    for (const x of m.metrics.filter((y) => y.level === 'fail')) {
      const line = `- ❌ ${esc(m.name)}: ${esc(x.name)} ${x.baseline ? formatNumber(x.baseline.value) : '–'} → ${x.candidate ? formatNumber(x.candidate.value) : '–'} (${verdictLabel(x)})`
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
  const fitted = assemble(options, [headline(report), notice, rows.join('\n')])
  if (fitted.length <= max) return fitted
  // Even the headline is too long (thousands of models): cut its middle, keep the header and footer whole,
  // since the footer carries the stamp that protects a newer result.
  const ends = assemble(options, ['…'])
  const middle = assemble({}, [headline(report), notice]).slice(0, Math.max(0, max - ends.length - 2))
  return assemble(options, [`${middle}…`])
}
