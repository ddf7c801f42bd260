/** The rollback's job summary: the version left and the version restored, side by side, and what else differs. */
import { markdownTable } from 'markdown-table'
import type { ModelReport } from './types.js'
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

/** A rollback as the backend reports it: what production is now, and what was written. */
export interface RollbackOutcome {
  /**
   * rolled-back: this call wrote the rollback. replayed: the same run (an earlier attempt) already did, and
   * nothing was written. current: the target is already production, and nothing was written.
   */
  readonly outcome: 'rolled-back' | 'replayed' | 'current'
  /** The version production is now. */
  readonly version: string
  /** The version production moved away from. */
  readonly from?: string
  /** The commit the version production is now comes from, when known. */
  readonly commit?: string
  /** What was written: the registry branch's new commit, or the new tag. */
  readonly written: readonly string[]
  /** Who rolled back, when and why (a replayed rollback: as it was recorded the first time). */
  readonly actor: string
  readonly reason: string
  readonly at?: string
}

/**
 * The job summary of a rollback on workflow_dispatch. With a stage (GTO), what is written is a tag; else a
 * commit of the registry branch. comparison: the restored version against the version left, when readable.
 */
export function renderRollbackResult(
  name: string,
  r: RollbackOutcome,
  comparison: ModelReport | undefined,
  stage?: string,
): string {
  if (r.outcome === 'current') {
    const where =
      stage === undefined
        ? `Production is version \`${r.version}\`${r.commit ? ` from commit \`${r.commit.slice(0, 12)}\`` : ''}: nothing was written.`
        : `It holds stage ${esc(stage)} from commit \`${r.commit?.slice(0, 12) ?? ''}\`: no tag was written.`
    return `## Model Gate: ${esc(name)} is already at \`${r.version}\`\n\n${where}\n`
  }
  const summary = comparison
    ? renderRollback({
        name,
        from: r.from ?? '?',
        to: r.version,
        reason: r.reason,
        actor: r.actor,
        ...(r.commit ? { commit: r.commit } : {}),
        comparison,
      })
    : `## ⏪ Model Gate: rolled back ${name} to ${r.version}\n\nTag ${r.written.join(', ')}.\n`
  if (r.outcome !== 'replayed') return summary
  const when = stage === undefined ? ` at ${esc(r.at ?? '', 40)}` : ''
  const wrote = stage === undefined ? 'wrote nothing' : 'wrote no tag'
  return `${summary}\n> This run already rolled back ${esc(name)} (${r.from ?? '?'} → ${r.version})${when}; this attempt ${wrote} and reports that rollback.\n`
}

/** The log line of a rollback on workflow_dispatch. */
export function rollbackLogLine(name: string, r: RollbackOutcome, stage?: string): string {
  const nothing = stage === undefined ? 'nothing was written' : 'no tag was written'
  if (r.outcome === 'current') {
    return stage === undefined
      ? `Model Gate: ${name} is already at ${r.version}; ${nothing}`
      : `Model Gate: ${name} ${r.version} is already in stage ${stage}; ${nothing}`
  }
  if (r.outcome === 'replayed') {
    const when = stage === undefined ? ` at ${r.at}` : ''
    return `Model Gate: this run already rolled back ${name} from ${r.from} to ${r.version}${when}; ${nothing}`
  }
  const what = stage === undefined ? (r.written[0]?.slice(0, 12) ?? '') : `tag ${r.written.join(', ')}`
  return `Model Gate: rolled back ${name} from ${r.from} to ${r.version} (${what})`
}
