import type { RunReport } from '../core/report/types.js'
import { renderJson, renderJsonParts } from '../core/report/json.js'
import { renderMarkdown } from '../core/report/markdown.js'
import { renderText } from '../core/report/text.js'
import type { Format } from './args.js'

export interface RenderOptions {
  /** ANSI colours in the text report. */
  readonly color?: boolean
  /** The time of the check, for "3 days ago". */
  readonly now?: Date
}

/** The report as render gives it, in parts to write one after the other (JSON: one per model). */
export function renderParts(
  report: RunReport,
  format: Format,
  options: RenderOptions = {},
): Iterable<string> {
  return format === 'json' ? renderJsonParts(report) : [render(report, format, options)]
}

export function render(report: RunReport, format: Format, options: RenderOptions = {}): string {
  if (format === 'json') return renderJson(report)
  if (format === 'markdown') return renderMarkdown(report, options.now ? { now: options.now } : {})
  return renderText(report, options)
}
