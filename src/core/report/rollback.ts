/** The rollback's job summary: the version left and the version restored, side by side, and what else differs. */
import { markdownTable } from 'markdown-table'
import type { ModelReport } from '../compare.js'
import { REASON_SHOWN } from '../reason.js'
import { escapeMarkdown as esc } from './escape.js'
import { formatDelta, formatNumber, formatPercent, formatPlain } from './format.js'
import { shortenValue } from './shorten.js'

export interface RollbackSummary {
  readonly name: string
  readonly from: string
  readonly to: string
  readonly reason: string
  readonly actor: string
  readonly commit?: string
  /** compareModel with the restored version as candidate and the version left as baseline. */
  readonly comparison: ModelReport
}

export function renderRollback(s: RollbackSummary): string {
  const c = s.comparison
  const parts = [
    `## ⏪ Model Gate: rolled back ${esc(s.name)} \`${s.from}\` → \`${s.to}\``,
    `By ${esc(s.actor, 60)}: ${esc(s.reason, REASON_SHOWN)}${s.commit ? `\n\nProduction is now version \`${s.to}\` from commit \`${s.commit.slice(0, 12)}\`.` : ''}`,
  ]
  if (c.metrics.length) {
    const rows = c.metrics.map((m) => [
      esc(m.name),
      m.baseline ? formatNumber(m.baseline.value) : '',
      m.candidate ? formatNumber(m.candidate.value) : '',
      formatDelta(m.delta),
      formatPercent(m.deltaPercent),
    ])
    parts.push(
      `### Metrics\n\n${markdownTable([['Metric', `${s.from} (left)`, `${s.to} (restored)`, 'Δ', 'Δ %'], ...rows], { alignDelimiters: false })}`,
    )
  }
  if (c.changes.length) {
    const rows = c.changes.map((x) => [
      esc(x.section),
      esc(x.key),
      x.kind,
      esc(shortenValue(formatPlain(x.before)), 80),
      esc(shortenValue(formatPlain(x.after)), 80),
    ])
    parts.push(
      `### What else differs\n\n${markdownTable([['Section', 'Key', 'Change', `${s.from} (left)`, `${s.to} (restored)`], ...rows], { alignDelimiters: false })}`,
    )
  }
  return parts.join('\n\n') + '\n'
}
