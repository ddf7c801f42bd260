/**
 * A fast path for the plain YAML that manifests are written in: block mappings and block sequences, flow
 * mappings and sequences that close on their line, plain and quoted scalars on one line, and comments. It
 * produces what the full parser of document.ts produces for such a text (the same values, resolved by the
 * YAML 1.2 core schema as the `yaml` library resolves them, and the same positions of keys and sequence
 * items, set in the same order), and gives up, returning undefined, the moment it sees anything outside that
 * subset or anything the full parser would refuse: anchors, aliases, tags, directives, document markers,
 * block scalars, scalars over several lines, flow collections over several lines, explicit keys, empty
 * sequence items, keys that are not strings, duplicate or forbidden keys, numbers that are not finite, tabs,
 * carriage returns, control characters, and whatever it is unsure of. A text it gives up on goes to the full
 * parser, so every error and its file:line is the full parser's. test/unit/yaml-fast.test.ts parses each
 * test fixture, generated documents and mutations of them both ways and asserts identical results.
 */
import type { SourcePosition } from './diagnostics.js'
import type { Plain, PlainMap } from './document.js'

export interface FastYaml {
  readonly value: Plain
  /** Positions by path joined with NUL, as document.ts keys them: the root, then keys and items in order. */
  readonly positions: Map<string, SourcePosition>
}

/** Thrown inside the parser to give up; never escapes it. */
const GIVE_UP = new Error('outside the fast YAML subset')

/**
 * Characters no document of the subset holds: controls, tabs, CR, NEL, Unicode spaces and line separators,
 * BOM, surrogates.
 */
const UNSUPPORTED_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ud800-\udfff\ufeff\ufffe\uffff]/

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Longest key source accepted here (the yaml library refuses implicit keys over 1024 characters). */
const MAX_KEY = 1000

/** Nesting accepted here, well inside document.ts's limit of 64 so that the edge is the full parser's. */
const MAX_DEPTH = 48

const SPACE = 32
const NEWLINE = 10
const HASH = 35
const COLON = 58
const DASH = 45

/**
 * The document as the full parser would give it, or undefined when the text is outside the subset (or might
 * be refused). maxNodes counts nodes as the full parser's walk does: the root, each mapping value, each item.
 */
export function parseYamlFast(text: string, file: string, maxNodes: number): FastYaml | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined
  const parser = new FastParser(text, file, maxNodes)
  try {
    return { value: parser.document(), positions: parser.positions }
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

class FastParser {
  readonly positions = new Map<string, SourcePosition>()
  /** Offset of the current character. */
  private pos = 0
  /** Current line (1-based) and the offset where it starts. */
  private line = 1
  private lineStart = 0
  /** Indent of the content line the cursor is on (its first character), -1 at the end of the text. */
  private indent = 0
  private nodes = 0
  /** keyEnd's last answer (the lookahead and then the mapping ask it for the same key). */
  private keyAt = -1
  private keyColon = -1

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly maxNodes: number,
  ) {
    this.positions.set('', { file, line: 1, col: 1 })
  }

  document(): Plain {
    this.count()
    this.nextContent()
    if (this.indent < 0) return null
    const value = this.blockNode(0, undefined)
    if (this.indent >= 0) throw GIVE_UP
    return value
  }

  private count(): void {
    if (++this.nodes > this.maxNodes) throw GIVE_UP
  }

  private col(): number {
    return this.pos - this.lineStart
  }

  private mark(path: string, at: number): void {
    this.positions.set(path, { file: this.file, line: this.line, col: at - this.lineStart + 1 })
  }

  /**
   * From the cursor (at the start of a line, or where the rest of a line is only spaces and a comment already
   * checked), past blank and comment lines to the first character of the next content line; sets indent.
   */
  private nextContent(): void {
    const text = this.text
    for (;;) {
      let i = this.pos
      while (text.charCodeAt(i) === SPACE) i++
      const c = text.charCodeAt(i)
      if (i >= text.length) {
        this.pos = i
        this.indent = -1
        return
      }
      if (c === NEWLINE || c === HASH) {
        const end = text.indexOf('\n', i)
        if (end < 0) {
          this.pos = text.length
          this.indent = -1
          return
        }
        this.newLine(end + 1)
        continue
      }
      this.pos = i
      this.indent = i - this.lineStart
      if (this.indent === 0 && markerAt(text, i)) throw GIVE_UP
      return
    }
  }

  private newLine(start: number): void {
    this.pos = start
    this.lineStart = start
    this.line++
  }

  /** After a value on its line: spaces, an optional comment after a space, the line's end; then nextContent. */
  private endLine(): void {
    const text = this.text
    const start = this.pos
    let i = start
    while (text.charCodeAt(i) === SPACE) i++
    if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
      if (text.charCodeAt(i) !== HASH || i === start) throw GIVE_UP
      i = text.indexOf('\n', i)
      if (i < 0) i = text.length
    }
    if (i >= text.length) {
      this.pos = text.length
      this.indent = -1
      return
    }
    this.newLine(i + 1)
    this.nextContent()
  }

  /** A block node starting at the cursor, at column col: a block sequence or a block mapping. */
  private blockNode(depth: number, path: string | undefined): Plain {
    if (depth > MAX_DEPTH) throw GIVE_UP
    if (this.dashAt(this.pos)) return this.blockSeq(this.col(), depth, path)
    if (this.keyEnd(this.pos) >= 0) return this.blockMap(this.col(), depth, path)
    throw GIVE_UP
  }

  /** Whether a `-` item indicator (a dash then a space or the line's end) is at offset i. */
  private dashAt(i: number): boolean {
    if (this.text.charCodeAt(i) !== DASH) return false
    const next = this.text.charCodeAt(i + 1)
    return next === SPACE || next === NEWLINE || i + 1 >= this.text.length
  }

  private blockSeq(col: number, depth: number, path: string | undefined): Plain[] {
    const out: Plain[] = []
    const text = this.text
    for (;;) {
      // At a `-` of this sequence.
      let i = this.pos + 1
      while (text.charCodeAt(i) === SPACE) i++
      const c = text.charCodeAt(i)
      if (i >= text.length || c === NEWLINE || c === HASH) throw GIVE_UP
      const itemPath = join(path, out.length)
      this.mark(itemPath, i)
      this.count()
      this.pos = i
      out.push(this.inlineOrBlock(depth + 1, itemPath))
      if (this.indent > col) throw GIVE_UP
      if (this.indent < col || !this.dashAt(this.pos)) return out
    }
  }

  /**
   * The value that starts on the current line at the cursor: a block collection starting there (a sequence
   * item's compact mapping or sequence), or a value ending on this line, after which the cursor is on the
   * next content line.
   */
  private inlineOrBlock(depth: number, path: string): Plain {
    if (this.dashAt(this.pos) || this.keyEnd(this.pos) >= 0) return this.blockNode(depth, path)
    const value = this.inlineValue(depth, path)
    this.endLine()
    return value
  }

  private blockMap(col: number, depth: number, path: string | undefined): PlainMap {
    const out: PlainMap = {}
    for (;;) {
      // At a key of this mapping.
      const keyAt = this.pos
      const colon = this.keyEnd(keyAt)
      if (colon < 0) throw GIVE_UP
      const key = this.keyText(keyAt, colon)
      if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) throw GIVE_UP
      const keyPath = join(path, key)
      this.mark(keyPath, keyAt)
      this.count()
      this.pos = colon + 1
      out[key] = this.mapValue(col, depth + 1, keyPath)
      if (this.indent > col) throw GIVE_UP
      if (this.indent < col) return out
      if (this.dashAt(this.pos)) throw GIVE_UP
    }
  }

  /** The value after a key's colon: on the same line, or on the lines below (more indented, or a sequence). */
  private mapValue(col: number, depth: number, path: string): Plain {
    const text = this.text
    let i = this.pos
    while (text.charCodeAt(i) === SPACE) i++
    const c = text.charCodeAt(i)
    if (i < text.length && c !== NEWLINE && c !== HASH) {
      // A `- ` or a `: ` in the value (outside the subset) gives up as it is read.
      this.pos = i
      const value = this.inlineValue(depth, path)
      this.endLine()
      return value
    }
    this.endLine()
    if (this.indent > col) return this.blockNode(depth, path)
    if (this.indent === col && this.dashAt(this.pos)) return this.blockSeq(col, depth, path)
    return null
  }

  /** A value that ends on its line: a flow collection, a quoted scalar or a plain scalar. */
  private inlineValue(depth: number, path: string): Plain {
    const c = this.text.charCodeAt(this.pos)
    if (c === 123 || c === 91) return this.flow(depth, path)
    if (c === 34 || c === 39) return this.quoted()
    return resolvePlain(this.plain('block'))
  }

  /**
   * The offset of the colon ending the implicit key at i (a plain or quoted scalar, then `:` and a space or
   * the line's end), or -1 when what is at i is not such a key.
   */
  private keyEnd(i: number): number {
    if (i === this.keyAt) return this.keyColon
    const text = this.text
    const c = text.charCodeAt(i)
    let end: number
    if (c === 34 || c === 39) {
      end = quotedEnd(text, i)
      if (end < 0) return -1
    } else {
      if (!plainStart(text, i, false)) return -1
      // Read as a key: a character in doubt gives up here already (it would as a value too).
      const pos = this.pos
      this.pos = i
      this.plain('key')
      end = this.pos
      this.pos = pos
    }
    const colon = text.charCodeAt(end) === COLON && isBlank(text, end + 1) ? end : -1
    if (colon >= 0 && end - i > MAX_KEY) throw GIVE_UP
    this.keyAt = i
    this.keyColon = colon
    return colon
  }

  private keyText(at: number, colon: number): string {
    this.pos = at
    const c = this.text.charCodeAt(at)
    if (c === 34 || c === 39) return this.quoted()
    const key = resolvePlain(this.text.slice(at, colon))
    if (typeof key !== 'string') throw GIVE_UP
    return key
  }

  /**
   * A plain scalar at the cursor, on one line: its text, the cursor after it. It ends at ` #` or the line's
   * end; a key's also at `: `, and in a flow collection also at `,`, `]` and `}` (a block value holding `: `
   * gives up). Characters in doubt give up.
   */
  private plain(mode: 'block' | 'key' | 'flow'): string {
    const text = this.text
    const start = this.pos
    if (!plainStart(text, start, mode === 'flow')) throw GIVE_UP
    let i = start
    let end = start
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === NEWLINE) break
      if (c === SPACE) continue
      if (c === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) break
        throw GIVE_UP
      }
      if (c === COLON) {
        const next = text.charCodeAt(i + 1)
        if (isBlank(text, i + 1)) {
          if (mode !== 'block') break
          throw GIVE_UP
        }
        if (next === 44 || next === 91 || next === 93 || next === 123 || next === 125) throw GIVE_UP
      } else if (c === 44 || c === 93 || c === 125) {
        if (mode === 'flow') break
        if (c !== 44) throw GIVE_UP
      } else if (c === 91 || c === 123 || c === 96) throw GIVE_UP
      end = i + 1
    }
    this.pos = end
    return text.slice(start, end)
  }

  /** A quoted scalar at the cursor, closed on its line: its value, the cursor after the closing quote. */
  private quoted(): string {
    const text = this.text
    const start = this.pos
    const end = quotedEnd(text, start)
    if (end < 0) throw GIVE_UP
    this.pos = end
    const body = text.slice(start + 1, end - 1)
    if (text.charCodeAt(start) === 39) return body.includes("''") ? body.replaceAll("''", "'") : body
    return body.includes('\\') ? unescapeDouble(body) : body
  }

  /** A flow mapping or sequence at the cursor, closed on its line. */
  private flow(depth: number, path: string): Plain {
    if (depth > MAX_DEPTH) throw GIVE_UP
    const text = this.text
    const map = text.charCodeAt(this.pos) === 123
    const close = map ? 125 : 93
    const out: Plain[] | PlainMap = map ? {} : []
    this.pos++
    this.skipSpaces()
    if (text.charCodeAt(this.pos) === close) {
      this.pos++
      return out
    }
    for (let index = 0; ; index++) {
      if (map) this.flowPair(out as PlainMap, depth, path)
      else {
        const itemPath = join(path, index)
        this.mark(itemPath, this.pos)
        this.count()
        ;(out as Plain[]).push(this.flowValue(depth + 1, itemPath))
      }
      this.skipSpaces()
      const c = text.charCodeAt(this.pos++)
      if (c === close) return out
      if (c !== 44) throw GIVE_UP
      this.skipSpaces()
      const next = text.charCodeAt(this.pos)
      if (next === close || next === 44) throw GIVE_UP
    }
  }

  private flowPair(out: PlainMap, depth: number, path: string): void {
    const text = this.text
    const keyAt = this.pos
    const c = text.charCodeAt(keyAt)
    let key: Plain
    if (c === 34 || c === 39) key = this.quoted()
    else {
      key = resolvePlain(this.plain('flow'))
      if (typeof key !== 'string') throw GIVE_UP
    }
    if (this.pos - keyAt > MAX_KEY) throw GIVE_UP
    if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE) throw GIVE_UP
    if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) throw GIVE_UP
    const keyPath = join(path, key)
    this.mark(keyPath, keyAt)
    this.count()
    this.pos += 2
    this.skipSpaces()
    out[key] = this.flowValue(depth + 1, keyPath)
  }

  private flowValue(depth: number, path: string): Plain {
    const c = this.text.charCodeAt(this.pos)
    if (c === 123 || c === 91) return this.flow(depth, path)
    if (c === 34 || c === 39) return this.quoted()
    return resolvePlain(this.plain('flow'))
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++
  }
}

function join(path: string | undefined, segment: string | number): string {
  return path === undefined ? String(segment) : `${path}\u0000${segment}`
}

/** A space, a line break or the end of the text at offset i. */
function isBlank(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === SPACE || c === NEWLINE || i >= text.length
}

/** `---`, `...` (then a blank) or `%` at the start of a line: a document marker or a directive. */
function markerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 37) return true
  if (c !== DASH && c !== 46) return false
  return text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && isBlank(text, i + 3)
}

/**
 * Whether a plain scalar may start at i: not a blank, not an indicator; `-` only before a character that
 * is not a blank. Indicators that may start one in YAML (`?`, `:`) give up instead.
 */
function plainStart(text: string, i: number, flow: boolean): boolean {
  const c = text.charCodeAt(i)
  if (i >= text.length || c === SPACE || c === NEWLINE) return false
  if (c === DASH) return !isBlank(text, i + 1) && !(flow && ',[]{}'.includes(text[i + 1] as string))
  return !'?:,[]{}#&*!|>\'"%@`'.includes(text[i] as string)
}

/** The offset after the closing quote of the quoted scalar at i, or -1 when it does not close on its line. */
function quotedEnd(text: string, i: number): number {
  const q = text.charCodeAt(i)
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === NEWLINE) return -1
    if (q === 34 && c === 92) {
      if (text.charCodeAt(j + 1) === NEWLINE) return -1
      j++
    } else if (c === q) {
      if (q === 39 && text.charCodeAt(j + 1) === 39) j++
      else return j + 1
    }
  }
  return -1
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
}

/** The escapes of a double-quoted scalar that are sure to mean the same to the yaml library; others give up. */
function unescapeDouble(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|.?)/g, (_, e: string) => {
    const simple = ESCAPES[e]
    if (simple !== undefined) return simple
    if (e.length === 5) {
      const code = parseInt(e.slice(1), 16)
      if (code >= 0xd800 && code <= 0xdfff) throw GIVE_UP
      return String.fromCharCode(code)
    }
    throw GIVE_UP
  })
}

/**
 * A plain scalar's value by the YAML 1.2 core schema, tested in the yaml library's order: null, bool, octal,
 * decimal and hex integers, then floats. A number that is not finite gives up (the full parser refuses it).
 */
export function resolvePlain(s: string): Plain {
  const c = s.charCodeAt(0)
  // Most strings start with a letter that starts no null, bool or number.
  if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !'nNtTfF'.includes(s[0] as string)) return s
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return c === 116 || c === 84
  let n: number
  if (/^0o[0-7]+$/.test(s)) n = parseInt(s.substring(2), 8)
  else if (/^[-+]?[0-9]+$/.test(s)) n = parseInt(s, 10)
  else if (/^0x[0-9a-fA-F]+$/.test(s)) n = parseInt(s.substring(2), 16)
  else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) throw GIVE_UP
  else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) n = parseFloat(s)
  else if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) n = parseFloat(s)
  else return s
  if (!Number.isFinite(n)) throw GIVE_UP
  return n
}
