/**
 * Everything a pull-request check writes, computed before anything is written: a report too large to render
 * fails here, before anything is out. Pure: no GitHub, no I/O.
 */
import type { RunReport } from '../core/report/types.js'
import { boundedRegressions, boundedReportJson } from '../core/report/bounded-json.js'
import { countModels } from '../core/report/format.js'
import { renderMarkdown } from '../core/report/markdown.js'
import type { Annotation, CheckRun } from '../github/checks.js'
import { annotationsFor } from './annotations.js'
import { VERSION } from '../version.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import {
  ANNOTATIONS_MAX,
  CHECK_SUMMARY_MAX,
  COMMENT_MAX,
  JOB_SUMMARY_MAX,
  REGRESSIONS_MAX_BYTES,
  REPORT_MAX_BYTES,
} from './limits.js'
import { checkConclusion, checkTitle } from './outcome.js'
import { COMMENT_MARKER, headStamp } from './sticky-comment.js'

export interface RenderedResult {
  /** The check run with its conclusion, report and annotations: written once the job summary and outputs are out. */
  readonly check: CheckRun
  readonly comment: string
  readonly jobSummary: string
  readonly outputs: { readonly verdict: string; readonly report: string; readonly regressions: string }
  /** Lines for the log (an output that had to be cut). */
  readonly notices: readonly string[]
}

export function renderResult(
  report: RunReport,
  inputs: Inputs,
  ctx: ActionContext,
  pr: { readonly headSha: string },
  changedPaths: ReadonlySet<string>,
  now: Date = new Date(),
): RenderedResult {
  const footer = `<sub>Model Gate ${VERSION} checked ${pr.headSha.slice(0, 12)} · [run](${ctx.runUrl})</sub>\n${headStamp(pr.headSha)}`
  const counts = { ...countModels(report), total: report.models.length }
  // All outputs of the step share GitHub's 1 MB (limits.ts): each takes its part of it.
  const regressions = boundedRegressions(report, REGRESSIONS_MAX_BYTES)
  const reportJson = boundedReportJson(report, REPORT_MAX_BYTES, ctx.runUrl)
  const notices: string[] = []
  const annotations = boundedAnnotations(
    annotationsFor(report, (p) => changedPaths.has(p)),
    notices,
  )
  if (regressions.omitted) {
    notices.push(
      `The regressions output holds the first ${JSON.parse(regressions.json).length} regressions; ${regressions.omitted} more did not fit in ${REGRESSIONS_MAX_BYTES} bytes (see the job summary).`,
    )
  }
  return {
    check: {
      name: inputs.checkName,
      headSha: pr.headSha,
      title: checkTitle(report.verdict, counts, report.policyChanges),
      summary: renderMarkdown(report, { maxLength: CHECK_SUMMARY_MAX, fullReportLink: ctx.runUrl, now }),
      conclusion: checkConclusion(report.verdict, inputs.failOn),
      detailsUrl: ctx.runUrl,
      annotations,
    },
    comment: renderMarkdown(report, {
      header: COMMENT_MARKER,
      footer,
      maxLength: COMMENT_MAX,
      fullReportLink: ctx.runUrl,
      now,
    }),
    jobSummary: renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX, footer, now }),
    outputs: { verdict: report.verdict, report: reportJson, regressions: regressions.json },
    notices,
  }
}

/** Failures first, at most ANNOTATIONS_MAX (each 50 is one more request); the report holds every row. */
function boundedAnnotations(all: readonly Annotation[], notices: string[]): Annotation[] {
  if (all.length <= ANNOTATIONS_MAX) return [...all]
  const failures = all.filter((a) => a.annotation_level === 'failure')
  const kept = [...failures, ...all.filter((a) => a.annotation_level !== 'failure')].slice(0, ANNOTATIONS_MAX)
  notices.push(
    `The check run carries the first ${ANNOTATIONS_MAX} of ${all.length} annotations, failures first; the report lists every metric.`,
  )
  return kept
}
