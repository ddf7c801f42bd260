/** Metric values: a number, or {value, n, std, ci}; nested mappings flatten to dotted names. */
import { InputError } from './diagnostics.js'
import { isPlainMap, parseDocument, type PathSegment, type Plain } from './document.js'
import { FieldReader } from './fields.js'

export interface MetricValue {
  readonly value: number
  /** Sample size the value was measured on. */
  readonly n?: number
  /** Standard deviation of the measurement. */
  readonly std?: number
  /** Confidence interval [low, high]. */
  readonly ci?: readonly [number, number]
}

export interface LocatedMetric {
  readonly metric: MetricValue
  /** Where the metric is written: the manifest key, or a metrics file. */
  readonly file: string
  readonly line?: number
}

export type MetricMap = ReadonlyMap<string, LocatedMetric>

const METRIC_OBJECT_KEYS = ['value', 'n', 'std', 'ci']

/**
 * Flatten a metrics mapping. In a manifest every leaf must be a metric (strict); in a metrics file
 * (DVC-style, lenient) leaves that are not numbers are skipped, as DVC does.
 */
export function flattenMetrics(
  reader: FieldReader,
  value: Plain | undefined,
  path: readonly PathSegment[],
  mode: 'strict' | 'lenient',
): Map<string, LocatedMetric> {
  const out = new Map<string, LocatedMetric>()
  const walk = (node: Plain | undefined, at: readonly PathSegment[], name: string) => {
    const pos = reader.doc.locate(at)
    if (typeof node === 'number') {
      out.set(name, { metric: { value: node }, file: pos.file, line: pos.line })
      return
    }
    if (isPlainMap(node) && 'value' in node) {
      const metric = readMetricObject(reader, node, at)
      if (metric) out.set(name, { metric, file: pos.file, line: pos.line })
      return
    }
    if (isPlainMap(node)) {
      for (const [key, child] of Object.entries(node))
        walk(child, [...at, key], name ? `${name}.${key}` : key)
      return
    }
    if (mode === 'strict') {
      reader.fail(at, `metric ${name || reader.label(at)} must be a number or {value, n, std, ci}`)
    }
  }
  if (value === undefined || value === null) return out
  if (!isPlainMap(value)) {
    reader.fail(path, `${reader.label(path) || 'metrics'} must be a mapping of metric names`)
    return out
  }
  walk(value, path, '')
  return out
}

function readMetricObject(reader: FieldReader, node: Record<string, Plain>, at: readonly PathSegment[]) {
  reader.onlyKeys(node, at, METRIC_OBJECT_KEYS)
  const value = reader.number(node.value, [...at, 'value'])
  if (value === undefined) {
    reader.fail([...at, 'value'], `${reader.label([...at, 'value'])} must be a number`)
    return undefined
  }
  const n = reader.number(node.n, [...at, 'n'])
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
    reader.fail([...at, 'n'], `${reader.label([...at, 'n'])} must be a positive integer`)
  }
  const std = reader.number(node.std, [...at, 'std'])
  if (std !== undefined && std < 0)
    reader.fail([...at, 'std'], `${reader.label([...at, 'std'])} must be >= 0`)
  let ci: [number, number] | undefined
  const ciList = reader.list(node.ci, [...at, 'ci'])
  if (ciList) {
    const [lo, hi] = ciList
    if (ciList.length !== 2 || typeof lo !== 'number' || typeof hi !== 'number' || lo > hi) {
      reader.fail([...at, 'ci'], `${reader.label([...at, 'ci'])} must be [low, high] with low <= high`)
    } else {
      ci = [lo, hi]
    }
  }
  return {
    value,
    ...(n !== undefined ? { n } : {}),
    ...(std !== undefined ? { std } : {}),
    ...(ci ? { ci } : {}),
  }
}

/** A DVC-style metrics file (JSON, YAML or TOML), flattened to dotted names. */
export function parseMetricsFile(text: string, file: string): Map<string, LocatedMetric> {
  const doc = parseDocument(text, file)
  const reader = new FieldReader(doc)
  const metrics = flattenMetrics(reader, doc.value, [], 'lenient')
  const first = reader.errors[0]
  if (first) throw first
  if (!isPlainMap(doc.value)) throw new InputError({ file }, 'a metrics file must hold a mapping')
  return metrics
}
