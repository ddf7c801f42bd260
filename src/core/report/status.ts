/**
 * `model-gate status`: every model's production, like `gto show`. Pure: takes the rows the CLI gathered from
 * the registry and the manifests at a commit, returns text, markdown or JSON.
 */
import { markdownTable } from 'markdown-table'
import { alignColumns } from './columns.js'
import { escapeMarkdown, escapeTerminal } from './escape.js'
import { formatTime } from './time.js'
import { registryMissingMessage } from '../fail-on.js'

export interface StatusProduction {
  readonly version: string
  /** ISO 8601: when it became production (promotion, rollback, or the GTO assignment tag's date). */
  readonly since: string
  readonly by?: string
  /** promote | rollback | assign (a GTO stage assignment). */
  readonly event: string
  readonly commit?: string
  /** The GTO assignment tag. */
  readonly tag?: string
}

export interface StatusRow {
  readonly model: string
  readonly production?: StatusProduction
  /** The manifest declaring the model at the commit looked at, and the version it declares. */
  readonly path?: string
  readonly declared?: string
  /** GTO: the greatest active registered version, and the version in each stage (`gto show`). */
  readonly latest?: string
  readonly stages?: Readonly<Record<string, string>>
}

export type StatusRegistry =
  | { readonly kind: 'branch'; readonly branch: string; readonly found: boolean }
  | { readonly kind: 'gto'; readonly stage: string }

export interface StatusReport {
  readonly registry: StatusRegistry
  /** The commit whose manifests were read. */
  readonly commit?: string
  readonly models: readonly StatusRow[]
  /** Registry entries or manifests that could not be read, one line each. */
  readonly errors: readonly string[]
}

function registryLabel(r: StatusRegistry): string {
  return r.kind === 'branch' ? `branch ${r.branch}` : `gto (stage ${r.stage})`
}

/** The columns: like `gto show` for GTO (latest, then one per stage), then production's time and actor. */
function table(report: StatusReport): string[][] {
  const gto = report.registry.kind === 'gto'
  const stages = [...new Set(report.models.flatMap((m) => Object.keys(m.stages ?? {})))].sort()
  const header = gto
    ? ['model', 'latest', ...stages.map((s) => `#${s}`), 'since', 'by', 'manifest']
    : ['model', 'production', 'since', 'by', 'event', 'commit', 'manifest']
  const rows = report.models.map((m) => {
    const p = m.production
    const manifest = m.path ? `${m.path}${m.declared ? ` (${m.declared})` : ''}` : '-'
    const when = p ? formatTime(p.since) : '-'
    const by = p?.by ?? '-'
    if (gto) {
      return [m.model, m.latest ?? '-', ...stages.map((s) => m.stages?.[s] ?? '-'), when, by, manifest]
    }
    const commit = p?.commit ? p.commit.slice(0, 12) : '-'
    return [m.model, p?.version ?? '-', when, by, p?.event ?? '-', commit, manifest]
  })
  return [header, ...rows]
}

export function renderStatusText(report: StatusReport): string {
  const lines: string[] = []
  if (report.registry.kind === 'branch' && !report.registry.found) {
    lines.push(`warning: ${registryMissingMessage(report.registry.branch)}`)
  }
  lines.push(`production from ${registryLabel(report.registry)}`)
  const [header = [], ...rows] = table(report)
  lines.push(...alignColumns([header, ...rows.map((r) => r.map((c) => escapeTerminal(c, 120)))]))
  for (const e of report.errors) lines.push(`error: ${escapeTerminal(e, 400)}`)
  return lines.join('\n') + '\n'
}

export function renderStatusMarkdown(report: StatusReport): string {
  const lines = [
    `## Model Gate status`,
    '',
    `Production from ${escapeMarkdown(registryLabel(report.registry))}.`,
  ]
  if (report.registry.kind === 'branch' && !report.registry.found) {
    lines.push('', `⚠️ ${escapeMarkdown(registryMissingMessage(report.registry.branch))}`)
  }
  const [header = [], ...rows] = table(report)
  const cells = rows.map((r) => r.map((c) => escapeMarkdown(c, 200)))
  lines.push('', markdownTable([header, ...cells], { alignDelimiters: false }))
  if (report.errors.length) {
    lines.push('', ...report.errors.map((e) => `- ❌ ${escapeMarkdown(e, 400)}`))
  }
  return lines.join('\n') + '\n'
}

export function statusToJson(report: StatusReport) {
  return {
    schema: 1,
    registry: report.registry,
    ...(report.commit ? { commit: report.commit } : {}),
    models: report.models.map((m) => ({
      model: m.model,
      production: m.production ?? null,
      manifest: m.path ? { path: m.path, version: m.declared ?? null } : null,
      ...(m.latest !== undefined || m.stages ? { latest: m.latest ?? null, stages: m.stages ?? {} } : {}),
    })),
    errors: report.errors,
  }
}
