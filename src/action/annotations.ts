/** Check-run annotations on the manifest lines of failing and warned metrics, and on invalid files. */
import type { RunReport } from '../core/report/types.js'
import { formatDelta, formatNumber, formatPercent, formatRule, verdictLabel } from '../core/report/format.js'
import type { Annotation } from '../github/checks.js'
import { clip } from '../core/text.js'
import { isImplicitPath } from '../gate/implicit-manifest.js'

/** An implicit manifest (`dvc.yaml:NAME`) is annotated on its dvc.yaml. */
const fileOf = (path: string) => (isImplicitPath(path) ? path.slice(0, path.lastIndexOf(':')) : path)

const MAX_MESSAGE = 4000

export function annotationsFor(report: RunReport, inRepository: (path: string) => boolean): Annotation[] {
  const out: Annotation[] = []
  for (const e of report.errors ?? []) {
    if (!inRepository(e.position.file)) continue
    const line = e.position.line ?? 1
    out.push({
      path: e.position.file,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      title: 'model-gate: invalid policy',
      message: clip(e.message, MAX_MESSAGE),
    })
  }
  for (const m of report.models) {
    for (const e of m.errors) {
      const onFile = inRepository(e.position.file)
      const line = onFile ? (e.position.line ?? 1) : 1
      out.push({
        path: onFile ? e.position.file : fileOf(m.path),
        start_line: line,
        end_line: line,
        annotation_level: 'failure',
        title: clip(`model-gate: ${m.name} ${m.status === 'invalid' ? 'is invalid' : 'has an error'}`, 255),
        message: clip(e.message, MAX_MESSAGE),
      })
    }
    for (const x of m.metrics) {
      if (x.level === 'pass') continue
      const path = x.file && inRepository(x.file) ? x.file : fileOf(m.path)
      const line = x.file === path ? (x.line ?? 1) : 1
      const values = `${x.baseline ? formatNumber(x.baseline.value) : '–'} → ${x.candidate ? formatNumber(x.candidate.value) : '–'}`
      const delta =
        x.delta !== undefined
          ? ` (${formatDelta(x.delta)}${x.deltaPercent !== undefined ? `, ${formatPercent(x.deltaPercent)}` : ''})`
          : ''
      out.push({
        path,
        start_line: line,
        end_line: line,
        annotation_level: x.level === 'fail' && !m.accepted ? 'failure' : 'warning',
        title: clip(`model-gate: ${m.name} ${x.name}: ${verdictLabel(x)}`, 255),
        message: clip(
          `${x.name}: ${values}${delta}. Rule: ${formatRule(x.rule)}.${m.accepted ? ` Accepted by ${m.accepted.actor}: ${m.accepted.reason}` : ''}`,
          MAX_MESSAGE,
        ),
      })
    }
  }
  return out
}
