/** `model-gate history NAME --format markdown`: the model's trend across production, then every event. */
import { markdownTable } from 'markdown-table'
import type { Policy } from '../policy.js'
import { chartedMetrics, requiredMetrics, resolveRule } from '../policy.js'
import { productionHistory, type RegistryEntry, type RegistryEvent } from '../registry.js'
import { buildTrend, chartMetricNames, metricNamesOf } from '../trend.js'
import { renderTrend } from './chart.js'
import { escapeMarkdown as esc } from './escape.js'
import { formatTime, formatTimeAgo } from './time.js'

/** A time that does not parse is shown escaped. */
const when = (text: string) => esc(text, 40)

export interface HistoryOptions {
  /** Chooses the charted metrics and their thresholds, as in the check. */
  readonly policy: Policy
  /** For "3 days ago". */
  readonly now?: Date
}

export function renderHistoryMarkdown(entry: RegistryEntry, options: HistoryOptions): string {
  const name = esc(entry.name)
  const p = entry.production
  const parts = [`## ${name}: production history`]
  parts.push(
    p
      ? `Production is ${code(p.version)} since ${formatTimeAgo(p.since, options.now, when)}; ${p.event === 'rollback' ? 'rolled back' : 'promoted'} by ${esc(p.actor, 60)}.`
      : 'No production version.',
  )
  const points = productionHistory(entry)
  const trend = buildTrend({
    history: points,
    metrics: chartMetricNames({
      available: metricNamesOf(points),
      configured: chartedMetrics(options.policy, entry.name),
      required: requiredMetrics(options.policy, entry.name),
    }),
    rule: (m) => resolveRule(options.policy, entry.name, m),
  })
  if (trend?.series.length) parts.push(`### Trend\n\n${renderTrend(trend)}`)
  if (entry.history.length) parts.push(`### Events\n\n${eventTable(entry.history)}`)
  return parts.join('\n\n') + '\n'
}

function eventTable(history: readonly RegistryEvent[]): string {
  const rows = history.map((e) => [
    formatTime(e.at, when),
    e.type,
    e.type === 'rollback' && e.from ? `${code(e.from)} → ${code(e.version)}` : code(e.version),
    esc(e.actor, 60),
    e.commit ? code(e.commit.slice(0, 12)) : e.sha ? code(e.sha.slice(0, 12)) : '',
    e.pr !== undefined ? `#${e.pr}` : '',
    esc(e.reason ?? '', 300),
  ])
  return markdownTable([['At', 'Event', 'Version', 'Actor', 'Commit', 'PR', 'Reason'], ...rows], {
    alignDelimiters: false,
  })
}

/** A version or SHA as code; the registry branch is not validated like a manifest, so anything else is escaped. */
function code(text: string): string {
  return /^[0-9A-Za-z.+-]{1,80}$/.test(text) ? `\`${text}\`` : esc(text, 80)
}
