/** The report for a terminal: plain text, aligned columns, no markup, no control characters. */
import type { MetricComparison, ModelReport, RunReport } from '../compare.js'
import { formatPosition } from '../diagnostics.js'
import { REASON_SHOWN } from '../reason.js'
import { alignColumns } from './columns.js'
import { escapeTerminal as esc } from './escape.js'
import {
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlain,
  formatRule,
  modelVerdictLabel,
  RUN_TITLE,
  summaryLine,
  verdictLabel,
} from './format.js'

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const

export function renderText(report: RunReport): string {
  const out = [`${RUN_TITLE[report.verdict]}`, summaryLine(report)]
  for (const e of report.errors ?? [])
    out.push(`error: ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`)
  if (report.models.length) out.push(`Policy: ${esc(report.policySource)}`)
  for (const m of report.models) out.push('', ...modelLines(m))
  return out.join('\n') + '\n'
}

function modelLines(m: ModelReport): string[] {
  const versions =
    m.baselineVersion && m.candidateVersion
      ? ` ${m.baselineVersion} -> ${m.candidateVersion}`
      : m.candidateVersion
        ? ` ${m.candidateVersion} (new)`
        : ''
  const lines = [`[${MARK[m.level]}] ${esc(m.name)}${versions}: ${modelVerdictLabel(m)}  (${esc(m.path)})`]
  for (const e of m.errors)
    lines.push(`  error: ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`)
  if (m.accepted)
    lines.push(`  accepted by ${esc(m.accepted.actor)}: ${esc(m.accepted.reason, REASON_SHOWN)}`)
  for (const n of m.notes) lines.push(`  note: ${esc(n, 300)}`)
  if (m.metrics.length) lines.push(...table(m.metrics).map((l) => `  ${l}`))
  if (m.changes.length) {
    lines.push('  what changed:')
    for (const c of m.changes) {
      const key = c.key ? `${c.section}.${c.key}` : c.section
      const before = esc(formatPlain(c.before), 80)
      const after = esc(formatPlain(c.after), 80)
      const what =
        c.kind === 'added'
          ? `added ${after}`
          : c.kind === 'removed'
            ? `removed (was ${before})`
            : `${before} -> ${after}`
      lines.push(`    ${esc(key)}: ${what}`)
    }
  }
  return lines
}

function table(metrics: readonly MetricComparison[]): string[] {
  const rows = [
    ['metric', 'production', 'candidate', 'delta', 'delta %', 'verdict', 'rule'],
    ...metrics.map((x) => [
      esc(x.name),
      x.baseline ? formatNumber(x.baseline.value) : '-',
      x.candidate ? formatNumber(x.candidate.value) : '-',
      formatDelta(x.delta) || '-',
      formatPercent(x.deltaPercent) || '-',
      verdictLabel(x),
      formatRule(x.rule),
    ]),
  ]
  return alignColumns(rows)
}
