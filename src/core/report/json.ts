/** The report for machines: stable keys, plain values; the action's `report` output. */
import type { ModelReport, RunReport } from './types.js'
import { formatPosition } from '../diagnostics.js'
import { registryMissingMessage } from '../fail-on.js'
import { formatTolerance } from '../policy.js'
import { policyDiffToJson } from './policy-section.js'
import type { ModelTrend } from '../trend.js'

export const REPORT_SCHEMA_VERSION = 1

export function reportToJson(report: RunReport) {
  return {
    schema: REPORT_SCHEMA_VERSION,
    verdict: report.verdict,
    policy: report.policySource,
    ...(report.base ? { base: report.base } : {}),
    ...(report.head ? { head: report.head } : {}),
    errors: (report.errors ?? []).map((e) => ({ location: formatPosition(e.position), message: e.detail })),
    policy_changes: policyDiffToJson(report.policyChanges),
    ...(report.registryMissing
      ? {
          registry_missing: {
            ...report.registryMissing,
            message: registryMissingMessage(report.registryMissing.branch),
          },
        }
      : {}),
    models: report.models.map(modelToJson),
  }
}

function modelToJson(m: ModelReport) {
  return {
    name: m.name,
    path: m.path,
    status: m.status,
    verdict: m.verdict,
    gate_verdict: m.gateVerdict,
    candidate_version: m.candidateVersion ?? null,
    production_version: m.baselineVersion ?? null,
    production_source: m.baselineSource ?? null,
    production_digest: m.baselineDigest ?? null,
    renamed_from: m.renamedFrom ?? null,
    checked_because: m.checkedBecause ?? [],
    ...(m.measuredInRun?.length ? { measured_in_run: m.measuredInRun } : {}),
    // exact ISO 8601 time; the other reports show it for people
    production_promoted: m.baselinePromoted ?? null,
    identity: m.identity ?? (m.status === 'new' || m.status === 'removed' ? m.status : 'same'),
    accepted: m.accepted ?? null,
    acceptance_lapsed: m.acceptanceLapsed ?? null,
    warnings: m.warnings ?? [],
    skipped: (m.skipped ?? []).map((x) => ({
      name: x.name,
      type: x.type,
      location: formatPosition({ file: x.file, line: x.line }),
    })),
    errors: m.errors.map((e) => ({ location: formatPosition(e.position), message: e.detail })),
    notes: m.notes,
    metrics: m.metrics.map((x) => ({
      name: x.name,
      verdict: x.verdict,
      level: x.level,
      production: x.baseline?.value ?? null,
      candidate: x.candidate?.value ?? null,
      delta: x.delta ?? null,
      delta_percent: x.deltaPercent ?? null,
      better: x.rule.better,
      better_inferred: x.rule.betterInferred,
      warn: x.rule.warn ? formatTolerance(x.rule.warn) : null,
      fail: x.rule.fail ? formatTolerance(x.rule.fail) : null,
      min: x.rule.min ?? null,
      max: x.rule.max ?? null,
      required: x.required,
      named_by_policy: x.named ?? false,
      renamed_from: x.renamedFrom ?? null,
      evaluation_changed: x.evaluationChanged ?? null,
      noise_ignored: x.noiseIgnored ?? null,
      p_value: x.pValue ?? null,
      location: x.file ? formatPosition({ file: x.file, line: x.line }) : null,
    })),
    changes: m.changes,
    trend: m.trend ? trendToJson(m.trend) : null,
  }
}

function trendToJson(t: ModelTrend) {
  return {
    versions: t.labels,
    candidate: t.candidate,
    omitted: t.omitted,
    metrics: t.series.map((s) => ({
      name: s.metric,
      better: s.better,
      values: s.values.map((v) => v ?? null),
      threshold: s.threshold ?? null,
    })),
  }
}

export function renderJson(report: RunReport): string {
  return JSON.stringify(reportToJson(report), null, 2) + '\n'
}

/**
 * renderJson's text in parts, one per model (the CLI writes them as they come: the whole text of a large
 * run need not be held at once). Joined, the parts are renderJson's text exactly.
 */
export function* renderJsonParts(report: RunReport): Generator<string> {
  const text = renderJson({ ...report, models: [] })
  if (report.models.length === 0) {
    yield text
    return
  }
  const empty = '"models": []\n}\n'
  yield `${text.slice(0, text.length - empty.length)}"models": [`
  const [before, after] = ['{\n  "models": [\n    ', '\n  ]\n}']
  for (const [i, m] of report.models.entries()) {
    // The model as it is indented in the whole report: inside {"models": [...]}.
    const model = JSON.stringify({ models: [modelToJson(m)] }, null, 2)
    yield `${i ? ',' : ''}\n    ${model.slice(before.length, model.length - after.length)}`
  }
  yield '\n  ]\n}\n'
}

/** Regressions for the action's `regressions` output: every metric that warned or failed. */
export function regressions(report: RunReport) {
  return report.models.flatMap((m) =>
    m.metrics
      .filter((x) => x.level !== 'pass')
      .map((x) => ({
        model: m.name,
        metric: x.name,
        verdict: x.verdict,
        level: x.level,
        production: x.baseline?.value ?? null,
        candidate: x.candidate?.value ?? null,
        delta: x.delta ?? null,
        accepted: m.accepted !== undefined,
      })),
  )
}
