/**
 * A model's trend as Mermaid `xychart-beta` charts, which GitHub draws in comments, check summaries and job
 * summaries: one chart per metric (each has its own scale), production versions oldest first, the candidate
 * last, and the fail threshold as a flat second line.
 */
import type { ModelTrend, TrendSeries } from '../trend.js'
import { escapeMarkdown as esc } from './escape.js'
import { formatNumber } from './format.js'
import { clipChars } from '../text.js'

/** Blue for the metric, red for the threshold (GitHub's palette). */
const PALETTE = '#0969da, #cf222e'
/** Wide and low: several charts stack in a 900-pixel column. */
const SIZE = { width: 760, height: 320 }

/** Every chart of the trend, then one caption that says how to read them. */
export function renderTrend(trend: ModelTrend): string {
  const blocks = trend.series.map((s) => mermaidBlock(trend, s))
  return [...blocks, caption(trend)].join('\n\n')
}

function mermaidBlock(trend: ModelTrend, s: TrendSeries): string {
  return ['```mermaid', ...xyChart(trend, s), '```'].join('\n')
}

/** The lines of one chart; versions with no value for the metric are left out of it. */
export function xyChart(trend: ModelTrend, s: TrendSeries): string[] {
  const last = trend.labels.length - 1
  const points = distinct(trend.labels)
    .map((label, i) => ({
      label: trend.candidate && i === last ? `${label} (candidate)` : label,
      value: s.values[i],
    }))
    .filter((p): p is { label: string; value: number } => p.value !== undefined)
  const values = points.map((p) => p.value)
  const [lo, hi] = axisRange([...values, ...(s.threshold ? [s.threshold.value] : [])])
  const lines = [
    '---',
    'config:',
    '  xyChart:',
    `    width: ${SIZE.width}`,
    `    height: ${SIZE.height}`,
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta',
    `  title "${mermaidText(title(s))}"`,
    `  x-axis [${points.map((p) => `"${mermaidText(p.label, 40)}"`).join(', ')}]`,
    `  y-axis "${s.better} is better" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    `  line [${values.map(mermaidNumber).join(', ')}]`,
  ]
  if (s.threshold) {
    const t = mermaidNumber(s.threshold.value)
    lines.push(`  line [${points.map(() => t).join(', ')}]`)
  }
  return lines
}

/**
 * Labels a chart can tell apart: a version that comes back (a rollback, a promotion again) is marked ↩, then
 * counted, since Mermaid draws equal labels on one spot.
 */
export function distinct(labels: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    return n === 1 ? label : `${label} ↩${n === 2 ? '' : n - 1}`
  })
}

function title(s: TrendSeries): string {
  return s.threshold ? `${s.metric}: ${thresholdWords(s)}` : s.metric
}

/** "fails below 0.902", "fails above 100 (ceiling)". */
export function thresholdWords(s: TrendSeries): string {
  const t = s.threshold
  if (!t) return ''
  const side = s.better === 'higher' ? 'below' : 'above'
  const bound = t.kind === 'min' ? ' (floor)' : t.kind === 'max' ? ' (ceiling)' : ''
  return `fails ${side} ${formatNumber(t.value)}${bound}`
}

function caption(trend: ModelTrend): string {
  const what = trend.candidate
    ? 'production versions, oldest first, then this candidate'
    : 'production versions, oldest first'
  const parts = [`Each chart: ${what}.`]
  if (trend.series.some((s) => s.threshold)) parts.push('The flat line is where a candidate fails.')
  if (trend.omitted) {
    parts.push(
      `The ${trend.omitted} oldest production version${trend.omitted === 1 ? ' is' : 's are'} left out.`,
    )
  }
  for (const s of trend.series) {
    const missing = trend.labels.filter((_, i) => s.values[i] === undefined)
    if (missing.length)
      parts.push(`No ${esc(s.metric, 60)} for ${missing.map((m) => esc(m, 40)).join(', ')}.`)
  }
  return `<sub>${parts.join(' ')}</sub>`
}

/** Text inside a Mermaid string: one line, no quote to end it, no comment marker, bounded. */
export function mermaidText(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
  s = s.replace(/"/g, "'").replace(/`/g, "'").replace(/%%+/g, '%').replace(/[<>]/g, ' ')
  return clipChars(s, max)
}

/**
 * Mermaid's numbers have no exponent: plain decimals, 12 significant digits at most and 20 fraction digits at
 * most (rounded half away from zero; a negative that rounds to nothing is "-0"). Written out by hand: the
 * same text through Intl (toLocaleString) costs tens of milliseconds to load ICU on first use.
 */
export function mermaidNumber(value: number): string {
  const s = String(Number(value.toPrecision(12)))
  const e = s.indexOf('e')
  if (e < 0) return s
  const negative = s.startsWith('-')
  const digits = s.slice(negative ? 1 : 0, e).replace('.', '')
  const point = 1 + Number(s.slice(e + 1)) // where the decimal point falls in digits
  const sign = negative ? '-' : ''
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return sign + roundedFraction('0'.repeat(-point) + digits, 20)
}

/** "0." and a fraction's digits rounded half up to at most max digits, without trailing zeros; "0" when none remain. */
function roundedFraction(fraction: string, max: number): string {
  let kept = fraction.slice(0, max)
  if (fraction.length > max && fraction.charCodeAt(max) >= 53 /* '5' */) {
    // A fraction here has at least six leading zeros (exponent -7 or lower), so the carry stays inside it.
    const end = kept.search(/9*$/)
    kept = `${kept.slice(0, end - 1)}${Number(kept[end - 1]) + 1}`
  }
  kept = kept.replace(/0+$/, '')
  return kept === '' ? '0' : `0.${kept}`
}

/** A y-axis range around the values with a little room, on round numbers; never empty. */
export function axisRange(values: readonly number[]): [number, number] {
  const min = Math.min(...values)
  const max = Math.max(...values)
  const span = max - min || Math.abs(max) * 0.02 || 1
  const step = 10 ** (Math.floor(Math.log10(span)) - 1)
  const lo = Math.floor((min - span * 0.1) / step) * step
  const hi = Math.ceil((max + span * 0.1) / step) * step
  return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))]
}
