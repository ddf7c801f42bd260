/** Metric values: a number, or {value, n, std, ci}; nested mappings flatten to dotted names. */
import { InputError, quote } from './diagnostics.js'
import {
  formatOf,
  isPlainMap,
  parseDocument,
  parseJsonDocument,
  type PathSegment,
  type Plain,
} from './document.js'
import { FieldReader } from './fields.js'
import { invisibleCharacter } from './lookalike.js'

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
  /** Declared in the candidate's manifest: this metric was called so in production. */
  readonly renamedFrom?: string
}

/** A metrics-file leaf that is not a number: skipped, as DVC does, and listed in the report. */
export interface SkippedMetric {
  readonly name: string
  readonly file: string
  readonly line?: number
  /** What it was instead: string, boolean, null, list. */
  readonly type: string
}

/** The values of located metrics, as the registry stores them and the reports chart them. */
export function metricValues(metrics: ReadonlyMap<string, LocatedMetric>): Record<string, MetricValue> {
  return Object.fromEntries([...metrics].map(([name, m]) => [name, m.metric]))
}

export type MetricMap = ReadonlyMap<string, LocatedMetric>

const METRIC_OBJECT_KEYS = ['value', 'n', 'std', 'ci']

/**
 * Flatten a metrics mapping. In a manifest every leaf must be a metric (strict) and may declare
 * `renamed_from`; in a metrics file (DVC-style, lenient) leaves that are not numbers are skipped, as DVC
 * does, and collected in `skipped`. Either way a name with an invisible character, or one flattened name
 * written twice (`{"a.b": 1, "a": {"b": 2}}`), is an error.
 */
export function flattenMetrics(
  reader: FieldReader,
  value: Plain | undefined,
  path: readonly PathSegment[],
  mode: 'strict' | 'lenient',
  skipped: SkippedMetric[] = [],
): Map<string, LocatedMetric> {
  const out = new Map<string, LocatedMetric>()
  const put = (name: string, at: readonly PathSegment[], metric: LocatedMetric) => {
    const earlier = out.get(name)
    if (earlier) {
      reader.fail(at, `metric ${quote(name)} is written twice (also at line ${earlier.line ?? '?'})`)
    } else out.set(name, metric)
  }
  const walk = (node: Plain | undefined, at: readonly PathSegment[], name: string) => {
    const pos = reader.doc.locate(at)
    if (typeof node === 'number') {
      put(name, at, { metric: { value: node }, file: pos.file, line: pos.line })
      return
    }
    if (isPlainMap(node) && 'value' in node) {
      const read = readMetricObject(reader, node, at, mode)
      if (read)
        put(name, at, {
          metric: read.metric,
          file: pos.file,
          line: pos.line,
          ...(read.renamedFrom ? { renamedFrom: read.renamedFrom } : {}),
        })
      return
    }
    if (isPlainMap(node)) {
      for (const [key, child] of Object.entries(node)) {
        const hidden = invisibleCharacter(key)
        if (hidden) {
          reader.fail([...at, key], `metric name ${quote(key)} contains an invisible character (${hidden})`)
          continue
        }
        walk(child, [...at, key], name ? `${name}.${key}` : key)
      }
      return
    }
    if (mode === 'strict') {
      reader.fail(at, `metric ${name || reader.label(at)} must be a number or {value, n, std, ci}`)
    } else {
      skipped.push({ name, file: pos.file, line: pos.line, type: typeOf(node) })
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

function typeOf(node: Plain | undefined): string {
  if (node === null || node === undefined) return 'null'
  if (Array.isArray(node)) return 'list'
  return typeof node
}

function readMetricObject(
  reader: FieldReader,
  node: Record<string, Plain>,
  at: readonly PathSegment[],
  mode: 'strict' | 'lenient',
): { metric: MetricValue; renamedFrom?: string } | undefined {
  reader.onlyKeys(node, at, mode === 'strict' ? [...METRIC_OBJECT_KEYS, 'renamed_from'] : METRIC_OBJECT_KEYS)
  const renamedFrom = mode === 'strict' ? readRenamedFrom(reader, node.renamed_from, at) : undefined
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
  const metric = {
    value,
    ...(n !== undefined ? { n } : {}),
    ...(std !== undefined ? { std } : {}),
    ...(ci ? { ci } : {}),
  }
  return renamedFrom ? { metric, renamedFrom } : { metric }
}

function readRenamedFrom(reader: FieldReader, value: Plain | undefined, at: readonly PathSegment[]) {
  const path = [...at, 'renamed_from']
  const old = reader.string(value, path)
  if (old === undefined) return undefined
  const hidden = invisibleCharacter(old)
  if (hidden || old === '') {
    reader.fail(path, `renamed_from ${quote(old)} must be a metric name without invisible characters`)
    return undefined
  }
  return old
}

export interface MetricsFile {
  readonly metrics: Map<string, LocatedMetric>
  readonly skipped: readonly SkippedMetric[]
}

/**
 * A DVC-style metrics file (JSON, YAML or TOML), flattened to dotted names; non-numbers skipped. JSON goes
 * through JSON.parse when it can (parseJsonDocument: the same value, positions, and errors).
 */
export function parseMetricsFile(text: string, file: string): MetricsFile {
  const doc = formatOf(file) === 'json' ? parseJsonDocument(text, file) : parseDocument(text, file)
  const reader = new FieldReader(doc)
  const skipped: SkippedMetric[] = []
  const metrics = flattenMetrics(reader, doc.value, [], 'lenient', skipped)
  const first = reader.errors[0]
  if (first) throw first
  if (!isPlainMap(doc.value)) throw new InputError({ file }, 'a metrics file must hold a mapping')
  return { metrics, skipped }
}
