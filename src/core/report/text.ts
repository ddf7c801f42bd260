/** The report for a terminal: plain text, aligned columns, no markup, no control characters. */
import { registryMissingMessage } from '../fail-on.js'
import type { MetricComparison, ModelReport, RunReport } from './types.js'
import { formatPosition } from '../diagnostics.js'
import { REASON_SHOWN } from '../reason.js'
import { alignColumns } from './columns.js'
import { escapeTerminal as esc } from './escape.js'
import { policySectionText } from './policy-section.js'
import { markWord } from './marks.js'
import { shortenValue } from './shorten.js'
import { formatTimeAgo } from './time.js'
import {
  formatDelta,
  formatNumber,
  formatPercent,
  formatPlain,
  formatRule,
  checkedBecauseLine,
  measuredInRunLine,
  metricLabel,
  modelVerdictLabel,
  skippedLine,
  RUN_TITLE,
  summaryLine,
  verdictLabel,
} from './format.js'

/** A time that does not parse is shown escaped. */
const when = (text: string) => esc(text, 40)

export interface TextOptions {
  /** ANSI colours, for a terminal that shows them. */
  readonly color?: boolean
  /** The time of the check, for "3 days ago". */
  readonly now?: Date
}

const ANSI = { fail: '31', warn: '33', pass: '32', bold: '1', dim: '2' } as const
type Paint = (style: keyof typeof ANSI, text: string) => string

export function renderText(report: RunReport, options: TextOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_, t) => t
  const verdict = report.verdict === 'skip' ? 'pass' : report.verdict
  const out = [paint('bold', paint(verdict, RUN_TITLE[report.verdict])), summaryLine(report)]
  for (const e of report.errors ?? [])
    out.push(paint('fail', `error: ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`))
  if (report.registryMissing) {
    const { branch, level } = report.registryMissing
    out.push(
      paint(level, `${level === 'fail' ? 'error' : 'warning'}: ${esc(registryMissingMessage(branch), 300)}`),
    )
  }
  if (report.models.length) out.push(`Policy: ${esc(report.policySource)}`)
  if (report.policyChanges) out.push('', ...policySectionText(report.policyChanges))
  for (const m of report.models) out.push('', ...modelLines(m, paint, options.now))
  return out.join('\n') + '\n'
}

function production(m: ModelReport, now?: Date): string | undefined {
  const p = m.baselinePromoted
  if (!m.baselineSource || !p) return undefined
  const how = p.event === 'rollback' ? 'rolled back' : 'promoted'
  return `  production from ${esc(m.baselineSource)}: ${how} by ${esc(p.actor)} ${formatTimeAgo(p.at, now, when)}`
}

function modelLines(m: ModelReport, paint: Paint, now?: Date): string[] {
  const versions =
    m.baselineVersion && m.candidateVersion
      ? ` ${m.baselineVersion} -> ${m.candidateVersion}`
      : m.candidateVersion
        ? ` ${m.candidateVersion}`
        : ''
  const mark = paint(m.verdict, `[${markWord(m)}]`)
  const lines = [
    `${mark} ${paint('bold', esc(m.name))}${versions}: ${modelVerdictLabel(m)}  (${esc(m.path)})`,
  ]
  const from = production(m, now)
  if (from) lines.push(paint('dim', from))
  for (const e of m.errors)
    lines.push(paint('fail', `  error: ${esc(formatPosition(e.position), 300)}: ${esc(e.detail, 300)}`))
  const because = checkedBecauseLine(m)
  if (because) lines.push(`  ${esc(because, 600)}`)
  const measured = measuredInRunLine(m)
  if (measured) lines.push(`  ${esc(measured, 600)}`)
  if (m.accepted)
    lines.push(
      `  accepted by ${esc(m.accepted.actor)} ${formatTimeAgo(m.accepted.at, now, when)}: ${esc(m.accepted.reason, REASON_SHOWN)}`,
    )
  if (m.acceptanceLapsed)
    lines.push(paint('fail', `  error: acceptance lapsed: ${esc(m.acceptanceLapsed, 400)}`))
  for (const w of m.warnings ?? []) lines.push(paint('warn', `  warning: ${esc(w, 400)}`))
  for (const n of m.notes) lines.push(`  note: ${esc(n, 300)}`)
  const skipped = skippedLine(m)
  if (skipped) lines.push(`  note: ${esc(skipped, 1200)}`)
  if (m.metrics.length) lines.push(...table(m.metrics, paint).map((l) => `  ${l}`))
  if (m.changes.length) {
    lines.push('  what changed:')
    for (const c of m.changes) {
      const key = c.key ? `${c.section}.${c.key}` : c.section
      const before = esc(shortenValue(formatPlain(c.before)), 80)
      const after = esc(shortenValue(formatPlain(c.after)), 80)
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

function table(metrics: readonly MetricComparison[], paint: Paint): string[] {
  const rows = [
    ['metric', 'production', 'candidate', 'delta', 'delta %', 'verdict', 'rule'],
    ...metrics.map((x) => [
      esc(metricLabel(x)),
      x.baseline ? formatNumber(x.baseline.value) : '-',
      x.candidate ? formatNumber(x.candidate.value) : '-',
      formatDelta(x.delta) || '-',
      formatPercent(x.deltaPercent) || '-',
      verdictLabel(x, (t) => esc(t, 300)),
      formatRule(x.rule),
    ]),
  ]
  // Colour after aligning: escape sequences have no width on screen.
  return alignColumns(rows).map((line, i) => {
    const level = i === 0 ? undefined : metrics[i - 1]?.level
    return i === 0 ? paint('dim', line) : level && level !== 'pass' ? paint(level, line) : line
  })
}
