/**
 * The digest of a production version (see baselineDigest in compare.ts): the 64-bit FNV-1a of
 * JSON.stringify([version, snapshot, metrics]), metrics an object of the values by name in code-unit order.
 * Acceptances store it, so the text hashed may never change. That text is never built: the hash is fed
 * what JSON.stringify would write, piece by piece, as the values are walked. Anything that is not plain
 * data (a toJSON method, a class instance, a boxed value, a nesting deeper than MAX_DEPTH) is handed to
 * JSON.stringify itself, and its text is fed instead.
 */
import { Buffer } from 'node:buffer'
import type { LocatedMetric, MetricValue } from './metrics.js'

/** The digest of a production version: fnv1a(JSON.stringify([version, snapshot, metrics])), as 16 hex digits. */
export function digest(
  version: unknown,
  snapshot: unknown,
  metrics: ReadonlyMap<string, LocatedMetric>,
): string {
  const hash = new Fnv1a()
  hash.add('[')
  hash.add(jsonText(version) ?? 'null')
  hash.add(',')
  hash.value(snapshot)
  hash.add(',')
  hash.metrics(metrics)
  hash.add(']')
  return hash.hex()
}

/** 64-bit FNV-1a of the UTF-16 code units of text, as 16 hex digits. */
export function fnv1a(text: string): string {
  const hash = new Fnv1a()
  hash.add(text)
  return hash.hex()
}

/** Beyond this nesting, a value goes to JSON.stringify (which also reports a cycle as it always has). */
const MAX_DEPTH = 200

/** From this length on, a text is copied into `units` at once and hashed from there: charCodeAt costs more. */
const LONG = 32
let units = new Uint16Array(4096)
let unitBytes = Buffer.from(units.buffer)

/** Constant texts as their code units: a typed array reads faster than charCodeAt. */
const codesOf = (text: string) => Uint16Array.from(text, (c) => c.charCodeAt(0))
/** What comes before a member's name: the first, a next one, a next one after a metric {value: number}. */
const FIRST = codesOf('{"')
const NEXT = codesOf(',"')
const NEXT_AFTER_VALUE = codesOf('},"')
/** What comes after a member's name: its value, or a metric's {value: number}. */
const COLON = codesOf('":')
const VALUE_KEY = codesOf('":{"value":')

/**
 * 64-bit FNV-1a over UTF-16 code units, fed piece by piece: a content fingerprint (not a security
 * boundary: the base is trusted). The state is three limbs, every product exact in 32 bits: lo and mid of
 * 16 bits, hi of 32 (its product by Math.imul, mod 2^32). The prime is 2^40 + 0x1b3, so h * prime is
 * h * 0x1b3 plus h shifted up by 40 bits, mod 2^64: lo lands 8 bits up in hi, mid 24 bits up, hi beyond.
 */
class Fnv1a {
  private lo = 0x2325
  private mid = 0x8422
  private hi = 0xcbf29ce4 | 0

  /** Feeds every code unit of text. */
  add(text: string): void {
    if (text.length >= LONG) return this.addLong(text)
    let lo = this.lo
    let mid = this.mid
    let hi = this.hi
    for (let i = 0; i < text.length; i++) {
      lo ^= text.charCodeAt(i)
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    this.lo = lo
    this.mid = mid
    this.hi = hi
  }

  /** add for a long text: its code units copied into `units` by one native write (lone surrogates kept). */
  private addLong(text: string): void {
    const n = text.length
    if (n > units.length) {
      units = new Uint16Array(Math.max(n, 2 * units.length))
      unitBytes = Buffer.from(units.buffer)
    }
    unitBytes.write(text, 0, 'utf16le')
    const codes = units
    let lo = this.lo
    let mid = this.mid
    let hi = this.hi
    for (let i = 0; i < n; i++) {
      lo ^= codes[i] as number
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    this.lo = lo
    this.mid = mid
    this.hi = hi
  }

  /**
   * Feeds JSON.stringify(text): the quotes and the code units as they are, or, for a string with a quote,
   * a backslash, a control character or a surrogate (what JSON.stringify may escape), its JSON text.
   */
  quoted(text: string): void {
    if (text.length >= LONG) {
      if (NEEDS_ESCAPE.test(text)) return this.addLong(JSON.stringify(text))
      this.add('"')
      this.addLong(text)
      this.add('"')
      return
    }
    let lo = this.lo ^ 0x22 // the opening quote
    let mid = this.mid
    let hi = this.hi
    for (let i = -1; i < text.length; i++) {
      if (i >= 0) {
        const c = text.charCodeAt(i)
        if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800) {
          this.add(JSON.stringify(text)) // the state is still what it was before the string
          return
        }
        lo ^= c
      }
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    this.lo = lo
    this.mid = mid
    this.hi = hi
    this.add('"')
  }

  /** Feeds JSON.stringify(value) ?? 'null'. */
  value(value: unknown): void {
    const { lo, mid, hi } = this
    if (this.plain(value, 0)) return
    this.lo = lo
    this.mid = mid
    this.hi = hi
    this.add(JSON.stringify(value) ?? 'null')
  }

  /**
   * Feeds JSON.stringify(value) if value is plain data (value is not undefined, a function or a symbol):
   * false, the state then undefined, when it is not.
   */
  private plain(value: unknown, depth: number): boolean {
    switch (typeof value) {
      case 'number':
        this.add(Number.isFinite(value) ? String(value) : 'null')
        return true
      case 'string':
        this.quoted(value)
        return true
      case 'boolean':
        this.add(value ? 'true' : 'false')
        return true
      case 'object':
        if (value === null) {
          this.add('null')
          return true
        }
        if (depth >= MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
        if (Array.isArray(value)) return this.array(value, depth)
        return isPlainObject(value) && this.object(value, depth)
      default:
        return false
    }
  }

  private array(items: readonly unknown[], depth: number): boolean {
    this.add('[')
    for (let i = 0; i < items.length; i++) {
      if (i) this.add(',')
      const item = items[i]
      if (isSkipped(item)) this.add('null')
      else if (!this.plain(item, depth + 1)) return false
    }
    this.add(']')
    return true
  }

  /**
   * The names in one native call, then each value read by name: what JSON.stringify does (its list of own
   * enumerable string keys, then a [[Get]] per key), so a value a getter removed reads as undefined and is
   * skipped as JSON.stringify skips it. Object.values would be one call too, but on a mapping of hundreds of
   * names (a dictionary) it costs several times the lookups.
   */
  private object(map: object, depth: number): boolean {
    const keys = Object.keys(map)
    let before: Uint16Array = FIRST
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      const item = (map as Record<string, unknown>)[key]
      if (isSkipped(item)) continue
      this.member(before, key, COLON)
      before = NEXT
      if (!this.plain(item, depth + 1)) return false
    }
    this.add(before === FIRST ? '{}' : '}')
    return true
  }

  /**
   * Feeds JSON.stringify of an object holding each metric's value under its name, names added in code-unit
   * order (what Array.prototype.sort does without a comparator). Like any object, it lists its array-index
   * names ('0', '17', ...) first, in numeric order. Names already in that order are not sorted again.
   */
  metrics(metrics: ReadonlyMap<string, LocatedMetric>): void {
    // With no enumerable name on Object.prototype, for-in over a metric lists its own enumerable names.
    let clean = true
    for (const _ in Object.prototype) clean = false
    let before: Uint16Array = FIRST
    const names = jsonOrder(metrics)
    if (names === undefined) {
      for (const [name, located] of metrics) before = this.metric(before, name, located.metric, clean)
    } else {
      for (const name of names)
        before = this.metric(before, name, (metrics.get(name) as LocatedMetric).metric, clean)
    }
    this.add(before === FIRST ? '{}' : before === NEXT ? '}' : '}}')
  }

  /** Feeds one metric of metrics() with what comes before it: returns what comes before the next one. */
  private metric(before: Uint16Array, name: string, metric: MetricValue, clean: boolean): Uint16Array {
    const value = clean ? onlyValue(metric) : undefined
    if (value !== undefined) {
      this.member(before, name, VALUE_KEY)
      this.add(Number.isFinite(value) ? String(value) : 'null')
      return NEXT_AFTER_VALUE // the closing brace of {"value": ...} is fed with what follows
    }
    const text = jsonText(metric)
    if (text === undefined) return before
    this.member(before, name, COLON)
    this.add(text)
    return NEXT
  }

  /**
   * Feeds before, name and after: before ends with a quote and after starts with one, so this is a member's
   * name as JSON.stringify writes it. A name with what JSON.stringify may escape (see quoted) is written
   * by JSON.stringify, without its quotes; a long one is fed by add (from a copy).
   */
  private member(before: Uint16Array, name: string, after: Uint16Array): void {
    const n = name.length
    for (let i = 0; i < n; i++) {
      const c = name.charCodeAt(i)
      if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800 || n >= LONG) {
        this.codes(before)
        this.add(NEEDS_ESCAPE.test(name) ? JSON.stringify(name).slice(1, -1) : name)
        this.codes(after)
        return
      }
    }
    let lo = this.lo
    let mid = this.mid
    let hi = this.hi
    for (let i = 0; i < before.length; i++) {
      lo ^= before[i] as number
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    for (let i = 0; i < n; i++) {
      lo ^= name.charCodeAt(i)
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    for (let i = 0; i < after.length; i++) {
      lo ^= after[i] as number
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    this.lo = lo
    this.mid = mid
    this.hi = hi
  }

  /** add for a text given as its code units (a constant: a typed array reads faster than charCodeAt). */
  private codes(codes: Uint16Array): void {
    let lo = this.lo
    let mid = this.mid
    let hi = this.hi
    for (let i = 0; i < codes.length; i++) {
      lo ^= codes[i] as number
      const tl = lo * 0x1b3
      const tm = mid * 0x1b3 + (tl >>> 16)
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0
      lo = tl & 0xffff
      mid = tm & 0xffff
    }
    this.lo = lo
    this.mid = mid
    this.hi = hi
  }

  hex(): string {
    return hex8(this.hi) + hex8((this.mid << 16) | this.lo)
  }
}

/**
 * The names of metrics in code-unit order, array indexes first in numeric order, as an object lists them;
 * undefined when the map's own order is that already (sorted names, none an array index): checked in one pass.
 */
function jsonOrder(metrics: ReadonlyMap<string, LocatedMetric>): string[] | undefined {
  let previous: string | undefined
  let ordered = true
  for (const name of metrics.keys()) {
    if ((previous !== undefined && previous >= name) || isArrayIndex(name)) {
      ordered = false
      break
    }
    previous = name
  }
  if (ordered) return undefined
  const names = [...metrics.keys()].sort()
  if (!names.some(isArrayIndex)) return names
  const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b))
  return [...indexes, ...names.filter((n) => !isArrayIndex(n))]
}

function hex8(word: number): string {
  return (word >>> 0).toString(16).padStart(8, '0')
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isSkipped(value: unknown): boolean {
  const type = typeof value
  return type === 'undefined' || type === 'function' || type === 'symbol'
}

/**
 * The value of the usual metric {value: number}, when that is all JSON.stringify would see of it: a plain
 * object whose only enumerable name is value (for-in lists no inherited name: see metrics()), no toJSON.
 */
function onlyValue(metric: MetricValue): number | undefined {
  if (Object.getPrototypeOf(metric) !== Object.prototype) return undefined
  let count = 0
  for (const key in metric) if (key !== 'value' || ++count > 1) return undefined
  const value = metric.value
  if (count !== 1 || typeof value !== 'number' || 'toJSON' in metric) return undefined
  return value
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
