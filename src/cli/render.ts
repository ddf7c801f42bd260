import type { RunReport } from '../core/compare.js'
import { renderJson } from '../core/report/json.js'
import { renderMarkdown } from '../core/report/markdown.js'
import { renderText } from '../core/report/text.js'
import type { Format } from './args.js'

export function render(report: RunReport, format: Format): string {
  if (format === 'json') return renderJson(report)
  if (format === 'markdown') return renderMarkdown(report)
  return renderText(report)
}
