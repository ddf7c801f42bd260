/**
 * The digest of a production version (see baselineDigest in compare.ts): the 64-bit FNV-1a of
 * JSON.stringify([version, snapshot, metrics]), metrics an object of the values by name in code-unit order.
 * Acceptances store it, so the text hashed may never change: jsonText writes exactly what JSON.stringify
 * writes, only faster for the plain data of manifests (one call per value, not one per metric).
 */
import type { LocatedMetric, MetricValue } from './metrics.js'

/** The text hashed for a production version: JSON.stringify([version, snapshot, metrics]). */
export function digestText(
  version: unknown,
  snapshot: unknown,
  metrics: ReadonlyMap<string, LocatedMetric>,
): string {
  // JSON.stringify itself is the fastest for the snapshot: one call over a tree of plain data.
  return `[${jsonText(version) ?? 'null'},${JSON.stringify(snapshot) ?? 'null'},${metricsJson(metrics)}]`
}

/**
 * JSON.stringify of an object holding each metric's value under its name, names added in code-unit order
 * (what Array.prototype.sort does without a comparator). Like any object, it lists its array-index names
 * ('0', '17', ...) first, in numeric order.
 */
function metricsJson(metrics: ReadonlyMap<string, LocatedMetric>): string {
  const names = [...metrics.keys()].sort()
  let ordered = names
  if (names.some(isArrayIndex)) {
    const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b))
    ordered = [...indexes, ...names.filter((n) => !isArrayIndex(n))]
  }
  let text = ''
  for (const name of ordered) {
    const value = metricText((metrics.get(name) as LocatedMetric).metric)
    if (value === undefined) continue
    text += `${text ? ',' : ''}${quoted(name)}:${value}`
  }
  return `{${text}}`
}

/** jsonText of a metric's value, without the general walk for the usual {value: number}. */
function metricText(metric: MetricValue): string | undefined {
  if (Object.getPrototypeOf(metric) === Object.prototype && typeof metric.value === 'number') {
    // for-in lists inherited names too: 'value' alone, own and enumerable, is then the only key JSON sees.
    let only = true
    for (const key in metric) if (key !== 'value') only = false
    if (only && Object.prototype.propertyIsEnumerable.call(metric, 'value') && !('toJSON' in metric))
      return Number.isFinite(metric.value) ? `{"value":${metric.value}}` : '{"value":null}'
  }
  return jsonText(metric)
}

/** A canonical array index, '0' to '4294967294': the property names an object lists first. */
function isArrayIndex(name: string): boolean {
  const first = name.charCodeAt(0)
  if (first < 48 || first > 57 || name.length > 10) return false
  if (!/^(?:0|[1-9][0-9]*)$/.test(name)) return false
  return Number(name) < 4294967295
}

/** What JSON.stringify quotes or escapes: a quote, a backslash, a control character, a surrogate. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function quoted(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`
}

/**
 * JSON.stringify(value), byte for byte. Numbers, strings, booleans, null, arrays and objects of plain
 * data are written here; anything else (a toJSON method, a class instance, a boxed value) goes to
 * JSON.stringify itself.
 */
export function jsonText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'string':
      return quoted(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object':
      if (value === null) return 'null'
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value)
      if (Array.isArray(value)) return arrayText(value)
      if (isPlainObject(value)) return objectText(value as Record<string, unknown>)
      return JSON.stringify(value)
    default:
      return JSON.stringify(value)
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function arrayText(items: readonly unknown[]): string {
  let text = ''
  for (let i = 0; i < items.length; i++) text += `${i ? ',' : ''}${jsonText(items[i]) ?? 'null'}`
  return `[${text}]`
}

function objectText(map: Record<string, unknown>): string {
  let text = ''
  for (const key of Object.keys(map)) {
    const value = jsonText(map[key])
    if (value === undefined) continue
    text += `${text ? ',' : ''}${quoted(key)}:${value}`
  }
  return `{${text}}`
}

/**
 * 64-bit FNV-1a of the UTF-16 code units, as 16 hex digits: a content fingerprint (not a security
 * boundary: the base is trusted). In four 16-bit limbs, every product below 2^31: the prime is
 * 2^40 + 0x1b3, so h * prime is h * 0x1b3 plus h shifted up by 40 bits (two limbs and 8 bits), mod 2^64.
 */
export function fnv1a(text: string): string {
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i)
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3 + (t0 >>> 16)
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16)
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0)
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0')
}
