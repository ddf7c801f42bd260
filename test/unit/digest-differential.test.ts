/**
 * The digest computed without its text (src/core/digest.ts) against the digest as it was computed before:
 * the text JSON.stringify([version, snapshot, metrics]) built whole, then hashed. That implementation is
 * copied below unchanged (from commit f118640), and both are run on 20,000 random production versions:
 * nested snapshots, Unicode (lone surrogates included), names an object lists first, values that are not
 * plain data, nesting past the walk's limit, texts long enough to be hashed from a copy.
 */
import { describe, expect, it } from 'vitest'
import { digest } from '../../src/core/digest.js'
import type { LocatedMetric, MetricValue } from '../../src/core/metrics.js'

// ---- the implementation before, verbatim (its exports made local) ----
function digestText(
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
function jsonText(value: unknown): string | undefined {
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
function fnv1a(text: string): string {
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
// ---- end of the implementation before ----

const before = (version: unknown, snapshot: unknown, metrics: ReadonlyMap<string, LocatedMetric>): string =>
  fnv1a(digestText(version, snapshot, metrics))

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Gen {
  constructor(private readonly next: () => number) {}

  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }

  /** Code units of every kind: ASCII, what JSON escapes, Latin-1, BMP, pairs, lone surrogates. */
  unit(): string {
    switch (this.int(10)) {
      case 0:
        return String.fromCharCode(this.int(0x20))
      case 1:
        return this.pick(['"', '\\', '/', '\u007f', '\u2028', '\ufeff'])
      case 2:
        return String.fromCharCode(0x80 + this.int(0x180))
      case 3:
        return String.fromCharCode(this.int(0x10000))
      case 4:
        return String.fromCodePoint(0x10000 + this.int(0x100000))
      case 5:
        return String.fromCharCode(0xd800 + this.int(0x800))
      default:
        return String.fromCharCode(0x20 + this.int(0x5f))
    }
  }

  string(): string {
    const plain = this.int(3) > 0
    const length = this.int(8) === 0 ? 20 + this.int(80) : this.int(12)
    let text = ''
    for (let i = 0; i < length; i++) text += plain ? String.fromCharCode(0x20 + this.int(0x5f)) : this.unit()
    return text.replace(plain ? /["\\]/g : /$^/, 'x')
  }

  key(): string {
    switch (this.int(8)) {
      case 0:
        return this.pick(['0', '1', '17', '01', '-1', '1.5', '4294967294', '4294967295', '1e3', '__proto__'])
      case 1:
        return this.string()
      default:
        return `${this.pick(['m', 'acc', 'slices.eu.', 'é', '😀', 'b', 'a'])}${this.int(400)}`
    }
  }

  number(): number {
    switch (this.int(8)) {
      case 0:
        return this.pick([0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, Number.MAX_VALUE, 5e-324, 2 ** 53])
      case 1:
        return this.int(1000) - 500
      default:
        return Math.round(this.next() * 10 ** this.int(9)) / 10 ** this.int(9)
    }
  }

  /** A value a snapshot may hold: mostly plain data, now and then something JSON.stringify treats apart. */
  value(depth: number): unknown {
    const kind = this.int(depth > 3 ? 5 : 9)
    if (kind === 0) return this.number()
    if (kind === 1 || kind === 2) return this.string()
    if (kind === 3) return this.pick([true, false, null])
    if (kind === 4) return this.int(20) === 0 ? this.odd() : this.number()
    if (kind <= 6) return Array.from({ length: this.int(6) }, () => this.value(depth + 1))
    return this.object(depth + 1)
  }

  object(depth: number): Record<string, unknown> {
    const target: Record<string, unknown> = this.int(15) === 0 ? Object.create(null) : {}
    const size = depth <= 1 && this.int(100) === 0 ? 40 + this.int(300) : this.int(depth > 2 ? 3 : 6)
    for (let i = 0; i < size; i++) {
      const value = this.int(40) === 0 ? this.pick([undefined, () => 1, Symbol('s')]) : this.value(depth)
      Object.defineProperty(target, this.key(), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return target
  }

  /** Values JSON.stringify writes in its own way: the walk must hand them over, and hash the same. */
  odd(): unknown {
    return this.pick([
      () => new Date(this.int(2e12)),
      () => {
        const text = this.string()
        return { toJSON: () => text }
      },
      () => new Number(this.number()),
      () => new String(this.string()),
      () => new Boolean(true),
      () =>
        new (class Point {
          x = 1
        })(),
      () => [undefined, () => 1, Symbol('s')],
      () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }),
      () => deep(205 + this.int(10)),
    ])()
  }

  metric(): MetricValue {
    switch (this.int(12)) {
      case 0:
        return { value: this.number(), n: this.int(5000) }
      case 1:
        return { value: this.number(), std: this.number(), ci: [this.number(), this.number()] }
      case 2:
        return this.pick<() => MetricValue>([
          () => Object.assign(Object.create(null) as object, { value: this.number() }) as MetricValue,
          () =>
            Object.defineProperty({}, 'value', { value: this.number(), enumerable: false }) as MetricValue,
          () => ({ value: this.number(), toJSON: () => 'custom' }) as MetricValue,
          () => ({ value: this.number(), extra: undefined }) as MetricValue,
          () => ({ value: this.number(), [this.key()]: this.value(3) }) as MetricValue,
          () => ({ value: String(this.number()) }) as unknown as MetricValue,
        ])()
      default:
        return { value: this.number() }
    }
  }

  metrics(): Map<string, LocatedMetric> {
    const size = this.int(100) === 0 ? 100 + this.int(300) : this.int(12)
    const metrics = new Map<string, LocatedMetric>()
    for (let i = 0; i < size; i++) metrics.set(this.key(), { metric: this.metric(), file: 'model.yaml' })
    return metrics
  }

  version(): unknown {
    return this.pick<() => unknown>([
      () => `${this.int(10)}.${this.int(10)}.${this.int(10)}`,
      () => this.string(),
      () => this.number(),
      () => null,
      () => undefined,
    ])()
  }
}

function deep(levels: number): unknown {
  let value: unknown = ['bottom']
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { level: value }
  return value
}

describe('the digest, computed without its text', () => {
  it('is the digest as computed before, on 20,000 random production versions', () => {
    const gen = new Gen(random(20261203))
    const differing: unknown[] = []
    for (let n = 0; n < 20000; n++) {
      const version = gen.version()
      const snapshot = gen.int(30) === 0 ? gen.value(0) : gen.object(0)
      const metrics = gen.metrics()
      if (digest(version, snapshot, metrics) !== before(version, snapshot, metrics))
        differing.push({ n, version, snapshot, metrics: [...metrics] })
    }
    expect(differing.slice(0, 3)).toEqual([])
  })

  it('is the same for texts longer than the copy it hashes from, lone surrogates included', () => {
    const gen = new Gen(random(7))
    for (const length of [31, 32, 33, 4095, 4096, 4097, 70000]) {
      const text = Array.from({ length }, () => gen.unit())
        .join('')
        .slice(0, length)
      const plain = 'a'.repeat(length)
      const snapshot = { text, plain, list: [text, plain], [text]: 1 }
      const metrics = new Map([[text, { metric: { value: 1 }, file: 'm.yaml' }]])
      expect(digest(text, snapshot, metrics)).toBe(before(text, snapshot, metrics))
    }
  })

  it('is the same for names already in order, and for orders that only look so', () => {
    const gen = new Gen(random(11))
    const lists = [
      Array.from({ length: 300 }, (_, i) => `m${String(i).padStart(3, '0')}`),
      ['a', 'b', 'c'],
      ['0', '1', '2'],
      ['a', '0'],
      ['1', 'a'],
      ['a', 'a.b', 'ab', 'b', 'é', '😀', '\uff61'],
      ['b', 'a'],
      ['a', 'c', 'b'],
      ['10', '9'],
      ['__proto__', 'a', 'value'],
    ]
    for (const names of lists) {
      const metrics = new Map(names.map((n) => [n, { metric: gen.metric(), file: 'm.yaml' }]))
      expect(digest('1', {}, metrics)).toBe(before('1', {}, metrics))
    }
  })

  it('is the same when Object.prototype has an enumerable name: for-in then lists it for every metric', () => {
    const metrics = new Map([
      ['a', { metric: { value: 1 }, file: 'm.yaml' }],
      ['b', { metric: { value: 2, n: 3 }, file: 'm.yaml' }],
      ['c', { metric: {} as MetricValue, file: 'm.yaml' }],
    ])
    const expected = before('1', { a: 1 }, metrics)
    for (const inherited of [{ value: 5 }, { extra: 'x' }]) {
      // Computed while Object.prototype has the name, compared once it is gone (the test runner needs it clean).
      let both: string[]
      Object.assign(Object.prototype, inherited)
      try {
        both = [digest('1', { a: 1 }, metrics), before('1', { a: 1 }, metrics)]
      } finally {
        for (const key of Object.keys(inherited)) delete (Object.prototype as Record<string, unknown>)[key]
      }
      expect(both[0]).toBe(both[1])
      expect(both[0]).toBe(expected) // JSON.stringify lists own names only
    }
    expect(digest('1', { a: 1 }, metrics)).toBe(expected)
  })

  it('is the same for a snapshot that is a cycle: both throw TypeError', () => {
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = { back: cycle }
    const metrics = new Map<string, LocatedMetric>()
    expect(() => before('1', cycle, metrics)).toThrow(TypeError)
    expect(() => digest('1', cycle, metrics)).toThrow(TypeError)
  })
})
