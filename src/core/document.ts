/**
 * Safe parsing of untrusted YAML, JSON and TOML into plain data, with the source position of every key.
 *
 * Defences, each a documented limit: size (bytes), total nodes visited (aliases counted each time they are
 * expanded, so an alias bomb fails fast), nesting depth, duplicate keys, keys that could reach an object's
 * prototype, and numbers that are not finite.
 */
import type { Node as YamlNode } from 'yaml'
import { InputError, oneLine, quote, type SourcePosition } from './diagnostics.js'
import { parseYamlWithinDepth, TooDeep, type YamlParse } from './nesting.js'
import { parseYamlFast } from './yaml-fast.js'
import { tomlLib, yamlLib, type YamlLib } from './lazy-libs.js'

export type Plain = null | boolean | number | string | Plain[] | PlainMap
export interface PlainMap {
  [key: string]: Plain
}
export type PathSegment = string | number

export const DOCUMENT_LIMITS = {
  /** Largest manifest, policy or metrics file accepted. */
  maxBytes: 1024 * 1024,
  /** Most nodes one document may expand to, aliases included. */
  maxNodes: 100_000,
  /** Deepest nesting of mappings and sequences. */
  maxDepth: 64,
} as const

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The error for a file over a size limit: the same words wherever the size is first known. */
export function oversizeError(file: string, bytes: number, maxBytes: number): InputError {
  return new InputError({ file }, `file is ${bytes} bytes, over the limit of ${maxBytes} bytes`)
}

export interface ParsedDocument {
  readonly file: string
  readonly value: Plain
  /** Position of the key (or sequence item) at path, or of its nearest located ancestor. */
  locate(path: readonly PathSegment[]): SourcePosition
}

export type DocumentFormat = 'yaml' | 'json' | 'toml'

export function formatOf(file: string): DocumentFormat {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.toml')) return 'toml'
  return 'yaml'
}

export interface ParseOptions {
  format?: DocumentFormat
  maxBytes?: number
  maxNodes?: number
  /**
   * Whether a YAML text may take the fast path of yaml-fast.ts (default true), which gives the same document
   * or none; false parses with the full parser alone, as the differential test compares them.
   */
  fast?: boolean
}

export function parseDocument(text: string, file: string, options: ParseOptions = {}): ParsedDocument {
  const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > maxBytes) {
    throw oversizeError(file, bytes, maxBytes)
  }
  const format = options.format ?? formatOf(file)
  const maxNodes = options.maxNodes ?? DOCUMENT_LIMITS.maxNodes
  if (format === 'toml') return parseTomlText(text, file, maxNodes)
  if (format === 'json') checkJsonSyntax(text, file)
  else if (options.fast !== false) {
    const fast = parseYamlFast(text, file, maxNodes)
    if (fast) return { file, value: fast.value, locate: locator(file, fast.positions) }
  }
  return parseYamlText(text, file, maxNodes, maxBytes, format === 'json' ? 'JSON' : 'YAML')
}

function keyOf(path: readonly PathSegment[]): string {
  return path.join('\u0000')
}

function locator(file: string, positions: Map<string, SourcePosition>) {
  return (path: readonly PathSegment[]): SourcePosition => {
    for (let n = path.length; n >= 0; n--) {
      const found = positions.get(keyOf(path.slice(0, n)))
      if (found) return found
    }
    return { file, line: 1, col: 1 }
  }
}

function parseYamlText(
  text: string,
  file: string,
  maxNodes: number,
  maxBytes: number,
  label: 'JSON' | 'YAML',
): ParsedDocument {
  // Duplicate keys are found by the walk below, in linear time (the parser's own check is quadratic).
  let parsed: YamlParse
  try {
    parsed = withPlainEnv(() => parseYamlWithinDepth(text, DOCUMENT_LIMITS.maxDepth))
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
    throw new InputError(
      positionIn(text, file, error.offset),
      `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`,
    )
  }
  const { doc, lineCounter } = parsed
  const where = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { file }
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, col }
  }
  const firstError = doc.errors[0]
  if (firstError) {
    const message = firstError.message.split('\n')[0]
    throw new InputError(where(firstError.pos[0]), `invalid ${label}: ${oneLine(message ?? firstError.code)}`)
  }
  const walker = new YamlWalker(file, where, maxNodes, maxBytes)
  const { value } = walker.visit(doc.contents, [], 0)
  return { file, value, locate: locator(file, walker.positions) }
}

/**
 * The yaml library looks up process.env.LOG_TOKENS for every token and LOG_STREAM for every node (debug
 * output); process.env is a host object whose every read costs about a microsecond, a good part of parsing a
 * manifest. While one document is parsed, synchronously (no other code runs meanwhile), process.env is a plain
 * object holding those two variables as they are, then the real one again.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env
  const plain: NodeJS.ProcessEnv = {}
  for (const name of ['LOG_TOKENS', 'LOG_STREAM']) if (env[name] !== undefined) plain[name] = env[name]
  process.env = plain
  try {
    return parse()
  } finally {
    process.env = env
  }
}

interface Walked {
  readonly value: Plain
  /** The height of the value's subtree. */
  readonly height: number
}

/** The walk of a parsed YAML document into plain values, with positions, and bounded as it expands. */
class YamlWalker {
  readonly positions = new Map<string, SourcePosition>()
  private readonly yaml: YamlLib = yamlLib()
  // What the document expands to, aliases included: nodes, and characters of keys and strings.
  private nodes = 0
  private chars = 0
  // Anchors seen so far, in document order (a later anchor of the same name replaces an earlier one).
  private readonly anchors = new Map<
    string,
    { value: Plain; nodes: number; chars: number; height: number } | 'open'
  >()

  constructor(
    file: string,
    private readonly where: (offset: number | undefined) => SourcePosition,
    private readonly maxNodes: number,
    private readonly maxBytes: number,
  ) {
    this.positions.set('', { file, line: 1, col: 1 })
  }

  private charge(addNodes: number, addChars: number, at: unknown): void {
    this.nodes += addNodes
    this.chars += addChars
    if (this.nodes > this.maxNodes) {
      throw new InputError(
        this.where(rangeStart(at)),
        `document expands to more than ${this.maxNodes} nodes (an alias bomb?)`,
      )
    }
    if (this.chars > this.maxBytes) {
      throw new InputError(
        this.where(rangeStart(at)),
        `document expands to more than ${this.maxBytes} characters (an alias bomb?)`,
      )
    }
  }

  private tooDeep(node: unknown): InputError {
    return new InputError(
      this.where(rangeStart(node)),
      `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`,
    )
  }

  visit(node: unknown, path: PathSegment[], depth: number): Walked {
    if (depth > DOCUMENT_LIMITS.maxDepth) throw this.tooDeep(node)
    if (this.yaml.isAlias(node)) return this.visitAlias(node, depth)
    const anchorName = (node as { anchor?: string } | null)?.anchor
    if (anchorName) this.anchors.set(anchorName, 'open')
    const before = { nodes: this.nodes, chars: this.chars }
    const result = this.visitNode(node, path, depth)
    if (anchorName) {
      this.anchors.set(anchorName, {
        value: result.value,
        nodes: this.nodes - before.nodes,
        chars: this.chars - before.chars,
        height: result.height,
      })
    }
    return result
  }

  private visitAlias(node: { source: string }, depth: number): Walked {
    const anchor = this.anchors.get(node.source)
    if (anchor === undefined)
      throw new InputError(this.where(rangeStart(node)), `unknown alias ${quote(node.source)}`)
    if (anchor === 'open')
      throw new InputError(this.where(rangeStart(node)), `alias ${quote(node.source)} refers to itself`)
    if (depth + anchor.height > DOCUMENT_LIMITS.maxDepth) throw this.tooDeep(node)
    this.charge(anchor.nodes, anchor.chars, node)
    return { value: anchor.value, height: anchor.height }
  }

  private visitNode(node: unknown, path: PathSegment[], depth: number): Walked {
    this.charge(1, 0, node)
    if (node === null || node === undefined) return { value: null, height: 0 }
    if (this.yaml.isScalar(node)) {
      const value = scalarValue(node.value, this.where(rangeStart(node)))
      if (typeof value === 'string') this.charge(0, value.length, node)
      return { value, height: 0 }
    }
    if (this.yaml.isMap(node)) return this.visitMap(node.items, path, depth)
    if (this.yaml.isSeq(node)) {
      let height = 0
      const value = node.items.map((item, index) => {
        const childPath = [...path, index]
        this.positions.set(keyOf(childPath), this.where(rangeStart(item)))
        const child = this.visit(item, childPath, depth + 1)
        height = Math.max(height, child.height + 1)
        return child.value
      })
      return { value, height }
    }
    throw new InputError(this.where(rangeStart(node)), 'unsupported YAML node')
  }

  private visitMap(items: readonly unknown[], path: PathSegment[], depth: number): Walked {
    const out: PlainMap = {}
    let height = 0
    for (const item of items) {
      if (!this.yaml.isPair(item)) continue
      const keyNode = item.key
      const keyPos = this.where(rangeStart(keyNode))
      const rawKey = this.yaml.isScalar(keyNode) ? keyNode.value : undefined
      if (typeof rawKey !== 'string' && typeof rawKey !== 'number') {
        throw new InputError(keyPos, 'mapping keys must be plain strings')
      }
      const key = String(rawKey)
      if (FORBIDDEN_KEYS.has(key)) throw new InputError(keyPos, `key ${quote(key)} is not allowed`)
      if (Object.prototype.hasOwnProperty.call(out, key))
        throw new InputError(keyPos, `duplicate key ${quote(key)}`)
      this.charge(0, key.length, keyNode)
      const childPath = [...path, key]
      this.positions.set(keyOf(childPath), keyPos)
      const child = this.visit(item.value, childPath, depth + 1)
      height = Math.max(height, child.height + 1)
      defineKey(out, key, child.value)
    }
    return { value: out, height }
  }
}

function positionIn(text: string, file: string, offset: number): SourcePosition {
  const before = text.slice(0, offset).split('\n')
  return { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null)?.range
  return range ? range[0] : undefined
}

function scalarValue(value: unknown, pos: SourcePosition): Plain {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputError(pos, `number ${String(value)} is not finite`)
    return value
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') {
    throw new InputError(pos, 'integer is too large')
  }
  if (value instanceof Date) return value.toISOString()
  throw new InputError(pos, 'unsupported scalar value')
}

function defineKey(target: PlainMap, key: string, value: Plain): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function checkJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const at = /position (\d+)/.exec(message)
    const offset = at?.[1] ? Number(at[1]) : /end of JSON/i.test(message) ? text.length : undefined
    let pos: SourcePosition = { file }
    if (offset !== undefined) {
      const before = text.slice(0, offset).split('\n')
      pos = { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 }
    }
    throw new InputError(pos, `invalid JSON: ${oneLine(message.replace(/ in JSON at position \d+.*$/, ''))}`)
  }
}

function parseTomlText(text: string, file: string, maxNodes: number): ParsedDocument {
  let raw: unknown
  try {
    raw = tomlLib().parse(text, { maxDepth: DOCUMENT_LIMITS.maxDepth })
  } catch (error) {
    const e = error as { line?: number; column?: number; message?: string }
    const pos: SourcePosition = e.line ? { file, line: e.line, col: e.column } : { file }
    const message = String(e.message ?? error)
    if (/excessively nested/.test(message)) throw tooDeep(pos)
    throw new InputError(pos, `invalid TOML: ${oneLine(message.split('\n')[0] ?? '')}`)
  }
  let nodes = 0
  const pos: SourcePosition = { file }
  const visit = (value: unknown, depth: number): Plain => {
    if (++nodes > maxNodes) throw new InputError(pos, 'document has too many nodes')
    if (depth > DOCUMENT_LIMITS.maxDepth) throw tooDeep({ file, line: tomlDeepLine(text) })
    if (Array.isArray(value)) return value.map((item) => visit(item, depth + 1))
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const out: PlainMap = {}
      for (const [key, child] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) throw new InputError(pos, `key ${quote(key)} is not allowed`)
        defineKey(out, key, visit(child, depth + 1))
      }
      return out
    }
    return scalarValue(value, pos)
  }
  return { file, value: visit(raw, 0), locate: () => pos }
}

function tooDeep(pos: SourcePosition): InputError {
  return new InputError(pos, `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`)
}

/**
 * The first line of a TOML document whose table header and dotted key reach past the depth limit (TOML
 * nests through `[a.b.c]` headers and `a.b.c = ` keys without brackets); undefined when none does alone.
 */
export function tomlDeepLine(text: string): number | undefined {
  const segments = (key: string) => key.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, 'q').split('.').length
  let table = 0
  const lines = text.split('\n')
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    const header = /^\[(\[?)([^\]]*)\]/.exec(line)
    if (header) table = segments(header[2] ?? '') + (header[1] ? 1 : 0)
    const key = header ? undefined : /^([^=#]+)=/.exec(line)?.[1]
    const depth = table + (key ? segments(key.trim()) : 0)
    if (depth > DOCUMENT_LIMITS.maxDepth) return i + 1
  }
  return undefined
}

export function isPlainMap(value: Plain | undefined): value is PlainMap {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value)
}

/**
 * A JSON document through JSON.parse, for files this tool writes (registry entries, from serializeEntry):
 * the position-tracking parser costs several times more and is needed only to say where a problem is.
 *
 * The fast path only ever accepts, and only a document the full parser would accept with the same value:
 * plain JSON.parse, then one walk that bounds nodes and nesting, refuses keys that could reach a
 * prototype, numbers that are not finite and keys too long for a YAML implicit key, and proves there is no
 * duplicate key (JSON.parse would keep the last silently): the key tokens of the text are counted and must
 * equal the keys of the parsed objects. Text with a raw tab (YAML's rules on tabs are not JSON's) or
 * anything else in doubt goes to parseDocument, so every rejection and its message, with
 * file:line, is the full parser's. A document accepted here locates paths lazily: the first locate (an
 * error of the caller's validation) parses the text again with positions.
 */
export function parseJsonDocument(text: string, file: string, options: ParseOptions = {}): ParsedDocument {
  const full = () => parseDocument(text, file, { ...options, format: 'json' })
  const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes
  if (text.length > maxBytes || text.includes('\t')) return full()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return full()
  }
  const shape = jsonShape(value, options.maxNodes ?? DOCUMENT_LIMITS.maxNodes)
  if (shape === undefined || shape.keys !== countKeyTokens(text) || Buffer.byteLength(text) > maxBytes) {
    return full()
  }
  let locate: ((path: readonly PathSegment[]) => SourcePosition) | undefined
  return {
    file,
    value: value as Plain,
    locate: (path) => (locate ??= text.includes('\r') ? full().locate : jsonLocator(text, file))(path),
  }
}

/**
 * The positions the YAML walker records for a JSON text that JSON.parse accepted (with no tab or carriage
 * return: a line is what ends in '\n'), found in one scan: each key at its opening quote, each sequence item
 * where its value starts, the root at 1:1.
 */
function jsonLocator(text: string, file: string): (path: readonly PathSegment[]) => SourcePosition {
  const positions = new Map<string, SourcePosition>([['', { file, line: 1, col: 1 }]])
  /**
   * Open collections: the key of each in positions (its path as keyOf joins it; undefined for the root), with
   * its current key or item index.
   */
  const open: { path: string | undefined; at: PathSegment; map: boolean; key: boolean }[] = []
  let line = 1
  let lineStart = 0
  const mark = (key: string, offset: number) =>
    positions.set(key, { file, line, col: offset - lineStart + 1 })
  /** The path of the value starting at offset (undefined for the root), recorded when it is an item. */
  const valueAt = (offset: number): string | undefined => {
    const top = open[open.length - 1]
    if (!top) return undefined
    const path = childKey(top.path, top.at)
    if (!top.map) mark(path, offset)
    return path
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      line++
      lineStart = i + 1
    } else if (c === 123 || c === 91) {
      open.push({ path: valueAt(i), at: 0, map: c === 123, key: c === 123 })
    } else if (c === 125 || c === 93) {
      open.pop()
    } else if (c === 44) {
      const top = open[open.length - 1]
      if (top?.map) top.key = true
      else if (top) top.at = (top.at as number) + 1
    } else if (c === 34) {
      let end = i + 1
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1
      const top = open[open.length - 1]
      if (top?.map && top.key) {
        const raw = text.slice(i + 1, end)
        top.at = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw
        top.key = false
        mark(childKey(top.path, top.at), i)
      } else valueAt(i)
      i = end
    } else if (c !== 32 && c !== 58) {
      valueAt(i)
      // A literal (number, true, false, null) runs to JSON whitespace, a comma or a closing bracket.
      while (i + 1 < text.length && !endsLiteral(text.charCodeAt(i + 1))) i++
    }
  }
  return locator(file, positions)
}

/** keyOf of a path extended by one segment, from the parent's key (undefined for the root). */
function childKey(parent: string | undefined, segment: PathSegment): string {
  return parent === undefined ? String(segment) : `${parent}\u0000${segment}`
}

/** Space, tab, line feed, carriage return, `,`, `]` or `}`. */
function endsLiteral(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 93 || c === 125
}

/** YAML's limit on an implicit key, which every JSON key is to the YAML parser. */
const MAX_IMPLICIT_KEY = 1024

/**
 * Nodes and object keys of a JSON.parse value, or undefined when the full parser might refuse it (too many
 * nodes, too deep, a forbidden or overlong key, a number that is not finite). Walked recursively: the walk
 * stops short of the depth limit, so the recursion is bounded by it.
 */
function jsonShape(root: unknown, maxNodes: number): { keys: number } | undefined {
  let nodes = 0
  let keys = 0
  // The full parser counts nesting from 0 and refuses past maxDepth; stay clear of the edge.
  const deepest = DOCUMENT_LIMITS.maxDepth - 1
  const fits = (value: unknown, depth: number): boolean => {
    if (++nodes > maxNodes) return false
    if (typeof value === 'number') return Number.isFinite(value)
    if (value === null || typeof value !== 'object') return true
    if (depth >= deepest) return false
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (!fits(value[i], depth + 1)) return false
      return true
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key) || key.length > MAX_IMPLICIT_KEY) return false
      keys++
      if (!fits((value as Record<string, unknown>)[key], depth + 1)) return false
    }
    return true
  }
  return fits(root, 0) ? { keys } : undefined
}

/** The keys written in a valid JSON text: every string followed by a colon. */
function countKeyTokens(text: string): number {
  let keys = 0
  let i = text.indexOf('"')
  while (i >= 0) {
    // The closing quote: the next one not escaped by an odd run of backslashes.
    let end = text.indexOf('"', i + 1)
    while (end > 0 && escaped(text, end)) end = text.indexOf('"', end + 1)
    if (end < 0) break
    let j = end + 1
    let c = text.charCodeAt(j)
    while (c === 32 || c === 10 || c === 13) c = text.charCodeAt(++j)
    if (c === 58) keys++
    i = text.indexOf('"', j)
  }
  return keys
}

function escaped(text: string, quoteAt: number): boolean {
  let n = 0
  for (let k = quoteAt - 1; k >= 0 && text.charCodeAt(k) === 92; k--) n++
  return n % 2 === 1
}
