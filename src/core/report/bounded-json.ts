/**
 * The JSON report within a size bound (the action's outputs share GitHub's 1 MB, see action/limits.ts). Past the bound a compact
 * form keeps the same keys and shape, cut in steps until it fits: passing metrics and snapshot changes
 * first, then warned metrics, then every metric row, then the models that do not fit. `truncated` says so.
 */
import type { RunReport } from './types.js'
import { regressions, reportToJson } from './json.js'

type ModelJson = ReturnType<typeof reportToJson>['models'][number]
type MetricJson = ModelJson['metrics'][number]

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

const STEPS: {
  readonly why: string
  readonly keep: (m: MetricJson) => boolean
  readonly changes: boolean
}[] = [
  { why: 'passing metrics and snapshot changes left out', keep: (m) => m.level !== 'pass', changes: false },
  { why: 'only failing metrics kept', keep: (m) => m.level === 'fail', changes: false },
  { why: 'metric rows left out', keep: () => false, changes: false },
]

export function boundedReportJson(report: RunReport, maxBytes: number, fullReport?: string): string {
  const full = reportToJson(report)
  const text = JSON.stringify(full)
  if (bytes(text) <= maxBytes) return text
  const note = (why: string, omitted: Record<string, number>) => ({
    truncated: { reason: `over ${maxBytes} bytes: ${why}`, full_report: fullReport ?? null, omitted },
  })
  for (const step of STEPS) {
    let metrics = 0
    let changes = 0
    const models = full.models.map((m) => {
      const kept = m.metrics.filter(step.keep)
      metrics += m.metrics.length - kept.length
      changes += m.changes.length
      return { ...m, metrics: kept, changes: [] }
    })
    const compact = JSON.stringify({ ...full, ...note(step.why, { metrics, changes }), models })
    if (bytes(compact) <= maxBytes) return compact
  }
  return fitModels(full, maxBytes, note)
}

/** The last step: models without metric rows, as many as fit, in report order. */
function fitModels(
  full: ReturnType<typeof reportToJson>,
  maxBytes: number,
  note: (why: string, omitted: Record<string, number>) => object,
): string {
  const rows = full.models.map((m) => ({ ...m, metrics: [], changes: [] }))
  const metrics = full.models.reduce((n, m) => n + m.metrics.length, 0)
  const shell = { ...full, errors: full.errors.slice(0, 100), models: [] as typeof rows }
  let budget = maxBytes - bytes(JSON.stringify({ ...shell, ...note('x'.repeat(80), { metrics, models: 0 }) }))
  for (const m of rows) {
    const size = bytes(JSON.stringify(m)) + 1
    if (size > budget) break
    shell.models.push(m)
    budget -= size
  }
  const omitted = { metrics, models: rows.length - shell.models.length }
  return JSON.stringify({ ...shell, ...note('only the models that fit, without metric rows', omitted) })
}

/** The `regressions` output within the bound: the first ones that fit, and how many were left out. */
export function boundedRegressions(report: RunReport, maxBytes: number): { json: string; omitted: number } {
  const all = regressions(report)
  const text = JSON.stringify(all)
  if (bytes(text) <= maxBytes) return { json: text, omitted: 0 }
  const kept: typeof all = []
  let budget = maxBytes - 2
  for (const r of all) {
    const size = bytes(JSON.stringify(r)) + 1
    if (size > budget) break
    kept.push(r)
    budget -= size
  }
  return { json: JSON.stringify(kept), omitted: all.length - kept.length }
}
