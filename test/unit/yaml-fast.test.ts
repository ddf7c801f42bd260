/**
 * The fast YAML path (src/core/yaml-fast.ts) against the full parser: every document parsed both ways must
 * give the same value (key order and -0 included), the same position for every key and item (and for paths
 * below them, located at their nearest ancestor), or the same error with the same file:line:col. Documents:
 * every YAML fixture file under test/, every string of the test sources that could be a YAML document,
 * generated documents of the subset, random mutations of all of them, and hand-written hostile ones. Then
 * each construct outside the subset is shown to fall back, and documents of the subset to be taken.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { parseDocument, type ParseOptions, type PathSegment, type Plain } from '../../src/core/document.js'
import type { SourcePosition } from '../../src/core/diagnostics.js'
import { parseYamlFast } from '../../src/core/yaml-fast.js'

type Outcome =
  | { readonly error: string; readonly position?: SourcePosition }
  | { readonly value: Plain; readonly located: readonly [string, SourcePosition][] }

/** Every path of a value in document order: each key and item, depth first. */
function paths(value: Plain, at: PathSegment[] = [], out: PathSegment[][] = [[]]): PathSegment[][] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...at, i])
      paths(item, [...at, i], out)
    })
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([...at, key])
      paths(value[key] as Plain, [...at, key], out)
    }
  }
  return out
}

function outcome(text: string, fast: boolean, options: ParseOptions = {}): Outcome {
  try {
    const doc = parseDocument(text, 'dir/model.yaml', { ...options, fast })
    const located: [string, SourcePosition][] = []
    for (const path of paths(doc.value)) {
      located.push([JSON.stringify(path), doc.locate(path)])
      located.push([JSON.stringify([...path, 'below']), doc.locate([...path, 'below', 0])])
    }
    return { value: doc.value, located }
  } catch (error) {
    const e = error as Error & { position?: SourcePosition }
    return { error: `${e.name}: ${e.message}`, ...(e.position ? { position: e.position } : {}) }
  }
}

/** Parses both ways, asserts the same outcome; returns whether the fast path took the document. */
function same(text: string, options: ParseOptions = {}): boolean {
  const full = outcome(text, false, options)
  const fast = outcome(text, true, options)
  expect(fast, `document:\n${text}`).toStrictEqual(full)
  return parseYamlFast(text, 'dir/model.yaml', options.maxNodes ?? 100_000) !== undefined
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
}

/** Strings of a TypeScript source that could be documents: literals, and templates with `1` substituted. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text)
    else if (ts.isTemplateExpression(node))
      out.push(node.head.text + node.templateSpans.map((s) => `1${s.literal.text}`).join(''))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out.filter((s) => s.includes(':') && (s.includes('\n') || s.includes(': ')))
}

const fixtureFiles = filesUnder('test', (n) => /\.ya?ml$/.test(n))
const sourceStrings = [...new Set(filesUnder('test', (n) => n.endsWith('.ts')).flatMap((f) => stringsOf(f)))]

/** A small seeded generator (mulberry32), so that every run parses the same documents. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return { next, int, pick }
}
type Random = ReturnType<typeof random>

const WORDS = [
  'train',
  'eval',
  'm0',
  'f1_score',
  'model-a',
  's3://bench/x',
  'a b',
  'x.y',
  'é',
  '日本',
  'v1.2.0',
]
const PLAIN_VALUES = [
  ...WORDS,
  '0.91',
  '-0',
  '-0.5',
  '+3',
  '1e-3',
  '2E5',
  '.5',
  '1.',
  '0o17',
  '0x1F',
  '007',
  '12345678901234567890',
  'true',
  'False',
  'NULL',
  '~',
  'null',
  'nan',
  'yes',
  '1_000',
  '2024-01-01',
  '12:30',
  'a,b',
  "it's",
  'a!b?c',
  'x-',
  '-x',
  '...',
  '---x',
  'Infinity',
]
const QUOTED = ["'a b'", "'it''s'", "''", '""', '"x\\"y"', '"tab\\tnew\\nline"', '"\\u00e9\\/"', '"a: b # c"']

function scalar(r: Random, flow: boolean): string {
  const roll = r.next()
  if (roll < 0.15) return r.pick(QUOTED)
  const v = r.pick(PLAIN_VALUES)
  return flow && /[,[\]{}]|: /.test(v) ? 'plain' : v
}

function key(r: Random): string {
  return r.next() < 0.1
    ? r.pick(["'quoted key'", '"k\\"q"', "'1'"])
    : `${r.pick(WORDS.slice(0, 5))}${r.int(50)}`
}

function flowValue(r: Random, depth: number): string {
  const roll = r.next()
  if (depth > 2 || roll < 0.6) return scalar(r, true)
  const n = r.int(4)
  const keys = new Set(Array.from({ length: n }, () => key(r)))
  if (roll < 0.8)
    return `[${Array.from({ length: n }, () => flowValue(r, depth + 1)).join(r.pick([', ', ' ,  ']))}]`
  return `{${[...keys].map((k) => `${k}: ${flowValue(r, depth + 1)}`).join(', ')}}`
}

function comment(r: Random): string {
  return r.next() < 0.15 ? `  # ${r.pick(WORDS)}: x` : ''
}

/** Lines of a block node at indent, in the subset. */
function blockLines(r: Random, indent: number, depth: number): string[] {
  const pad = ' '.repeat(indent)
  const step = 1 + r.int(3)
  const lines: string[] = []
  const value = (at: number, prefix: string, item: boolean): void => {
    // A sequence item has its value on its line (an empty item is outside the subset).
    const roll = item ? 0.3 + r.next() * 0.7 : r.next()
    if (depth < 4 && roll < 0.25) {
      lines.push(`${prefix}${comment(r)}`)
      if (r.next() < 0.1) lines.push(`${' '.repeat(r.int(8))}# between`)
      lines.push(...blockLines(r, at + step, depth + 1))
    } else if (roll < 0.3) lines.push(`${prefix}${comment(r)}`)
    else if (roll < 0.45) lines.push(`${prefix} ${flowValue(r, 0)}${comment(r)}`)
    else lines.push(`${prefix} ${scalar(r, false)}${comment(r)}`)
  }
  const n = 1 + r.int(5)
  if (r.next() < 0.35) {
    for (let i = 0; i < n; i++) {
      if (depth < 4 && r.next() < 0.3) {
        const inner = blockLines(r, indent + 2, depth + 1)
        lines.push(`${pad}- ${(inner[0] as string).trimStart()}`, ...inner.slice(1))
      } else value(indent, `${pad}-`, true)
    }
  } else {
    const keys = new Set(Array.from({ length: n }, () => key(r)))
    for (const k of keys) {
      if (depth < 4 && r.next() < 0.15) {
        lines.push(`${pad}${k}:`)
        for (let i = 0; i <= r.int(3); i++) lines.push(`${pad}- ${scalar(r, false)}`)
      } else value(indent, `${pad}${k}:`, false)
      if (r.next() < 0.1) lines.push('')
    }
  }
  return lines
}

function generated(count: number, seed: number): string[] {
  const r = random(seed)
  return Array.from({ length: count }, () => {
    const head = r.next() < 0.2 ? ['# a manifest', ''] : []
    return `${[...head, ...blockLines(r, r.next() < 0.1 ? 2 : 0, 0)].join('\n')}\n`
  })
}

const HOSTILE = [
  ' ',
  '\n',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!',
  '!!str ',
]
HOSTILE.push(
  '|',
  '>',
  '?',
  '? ',
  '%',
  '@',
  '`',
  '\t',
  '\\',
  '.',
  '~',
  '0',
  'a',
  '\r',
  '---\n',
  '...\n',
  '\ufeff',
  '\u0085',
)

/** Random edits of a document: insertions of hostile text, deletions, line swaps and re-indentation. */
function mutations(text: string, r: Random, count: number): string[] {
  return Array.from({ length: count }, () => {
    let t = text
    for (let edits = 1 + r.int(3); edits > 0; edits--) {
      const at = r.int(t.length + 1)
      const roll = r.next()
      if (roll < 0.5) t = t.slice(0, at) + r.pick(HOSTILE) + t.slice(at)
      else if (roll < 0.7) t = t.slice(0, at) + t.slice(at + 1 + r.int(3))
      else {
        const lines = t.split('\n')
        const i = r.int(lines.length)
        if (roll < 0.8) lines.splice(i, 0, lines[r.int(lines.length)] as string)
        else if (roll < 0.9) lines[i] = ` ${lines[i]}`
        else lines[i] = (lines[i] as string).replace(/^ /, '')
        t = lines.join('\n')
      }
    }
    return t
  })
}

const METRICS = Array.from({ length: 150 }, (_, i) => `  m${i}: ${i % 7 === 0 ? 0.85 : 0.91}\n`).join('')
/** The manifest of the scale bench (scripts/bench/scale.mjs). */
const BENCH_MANIFEST =
  'name: model-0001\nversion: 1.1.0\nhyperparameters: {lr: 0.1, depth: 6}\n' +
  'data:\n  - {name: train, role: train, uri: s3://bench/train}\n  - {name: eval, role: eval, uri: s3://bench/eval}\n' +
  `metrics_files: [metrics.json]\nmetrics:\n${METRICS}`

describe('the fast YAML path gives what the full parser gives', () => {
  it('for every YAML fixture file under test/', () => {
    expect(fixtureFiles.length).toBeGreaterThan(20)
    let taken = 0
    for (const file of fixtureFiles) if (same(readFileSync(file, 'utf8'))) taken++
    // dvc.yaml and params.yaml of the real fixtures are block mappings and sequences of plain scalars.
    expect(taken).toBeGreaterThan(fixtureFiles.length / 2)
  })

  it('for every string of the test sources that could be a document', () => {
    expect(sourceStrings.length).toBeGreaterThan(500)
    let taken = 0
    for (const text of sourceStrings) if (same(text)) taken++
    expect(taken).toBeGreaterThan(200)
  })

  it('for generated documents of the subset, and takes each of them', () => {
    for (const text of generated(400, 1)) expect(same(text), text).toBe(true)
  })

  it('for the bench manifest, which it takes', () => {
    expect(same(BENCH_MANIFEST)).toBe(true)
  })

  it('for random mutations of the fixtures and of generated documents', () => {
    const r = random(2)
    const seeds = [...generated(300, 3), ...fixtureFiles.map((f) => readFileSync(f, 'utf8')), BENCH_MANIFEST]
    let taken = 0
    let total = 0
    for (const text of seeds) {
      for (const mutated of mutations(text, r, 6)) {
        total++
        if (same(mutated)) taken++
      }
    }
    // Both kinds are exercised: mutations the fast path takes, and mutations it leaves to the full parser.
    expect(taken).toBeGreaterThan(total / 10)
    expect(taken).toBeLessThan(total - total / 10)
  })

  it('for hand-written edge cases, whichever path takes them', () => {
    const edges = [
      '...: 1\n',
      '---: 1\n',
      '--- a: 1\n',
      '-: 1\n',
      '- -1\n- -a\n- -\n',
      '<<: {a: 1}\nb: 2\n',
      'a: 0b101\nb: 0o\nc: 0x\nd: 1.5e\ne: 1E+5\nf: +.5\ng: -.5e-3\nh: 1:30\n',
      'a: x !y &z *w |v >u\n',
      'a: [a,b]\nb: {c: 1,d: 2}\nc: [ ]\nd: { }\n',
      'a: \'x\' # c\nb: "y" # c\n',
      'a: b # c: d\n',
      '"a": 1\n\'b\': 2\n',
      'a:\n  - b: 1\n    c:\n    - d\n  - e\n',
      'a:\n    b: 1\n  c: 2\n',
      'a:\n  b: 1\n c: 2\n',
      '- a\n  - b\n',
      'a: 1\n# end',
      'a:',
      '- a: 1\n  b: 2\n-   c: 3\n    d: 4\n',
      `${'a: 1\n'.repeat(1)}b: ${'x'.repeat(5000)}\n`,
      'key with spaces: value with spaces  \n',
      'é: ü\n日本: 語\n',
      'a: "\\u0000"\nb: "\\0\\/\\t"\n',
      "a: ''''\n",
      'a: "#"\nb: \'#\'\nc: x#y\n',
    ]
    for (const text of edges) same(text)
  })

  it('under a node limit, counting nodes as the full parser does', () => {
    const text = 'a: 1\nb: [1, 2]\nc:\n  - x\n  - {d: 2}\n'
    // The root, 3 values, 2 + 2 items and the value of d: 9 nodes.
    for (let maxNodes = 1; maxNodes <= 10; maxNodes++) expect(same(text, { maxNodes })).toBe(maxNodes >= 9)
  })
})

describe('the fast YAML path leaves to the full parser what is outside its subset', () => {
  const outside: Record<string, string> = {
    anchor: 'a: &x 1\nb: 2\n',
    alias: 'a: 1\nb: *x\n',
    'anchor and alias': 'a: &x {c: 1}\nb: *x\n',
    tag: 'a: !!str 1\n',
    'local tag': 'a: !thing x\n',
    'flow mapping over lines': 'a: {b: 1,\n  c: 2}\n',
    'flow sequence over lines': 'a: [1,\n  2]\n',
    'flow mapping at the root': '{a: 1}\n',
    'flow with a trailing comma': 'a: [1, 2,]\n',
    'flow pair without a value': 'a: {b: }\n',
    'flow key without a colon': 'a: {b, c: 1}\n',
    'flow sequence of pairs': 'a: [b: 1]\n',
    'flow key glued to its value': 'a: {b:1}\n',
    'multi-line plain scalar': 'a: one\n  two\n',
    'multi-line quoted scalar': 'a: "one\n  two"\n',
    'multi-line single-quoted scalar': "a: 'one\n  two'\n",
    'literal block scalar': 'a: |\n  text\n',
    'folded block scalar': 'a: >-\n  text\n',
    'duplicate key': 'a: 1\na: 2\n',
    'duplicate key in flow': 'a: {b: 1, b: 2}\n',
    'tab in indentation': 'a:\n\tb: 1\n',
    'tab after a colon': 'a:\t1\n',
    directive: '%YAML 1.2\n---\na: 1\n',
    'document start': '---\na: 1\n',
    'document end': 'a: 1\n...\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    'explicit key': '? a\n: 1\n',
    'empty sequence item': '-\n- a\n',
    'sequence item with only a comment': '- # c\n  a: 1\n',
    'integer key': '1: a\n',
    'bool key': 'true: a\n',
    'null key': 'null: a\n',
    'tilde key': '~: a\n',
    'prototype key': '__proto__: 1\n',
    'constructor key': 'a:\n  constructor: 1\n',
    infinity: 'a: .inf\n',
    'negative infinity': 'a: -.Inf\n',
    'not a number': 'a: .nan\n',
    'float overflow': 'a: 1e400\n',
    'integer overflow': `a: ${'9'.repeat(400)}\n`,
    'hex escape': 'a: "\\x41"\n',
    'surrogate escape': 'a: "\\ud83d"\n',
    'long unicode escape': 'a: "\\U0001F600"\n',
    'escape e': 'a: "\\e"\n',
    'escaped line break': 'a: "one\\\n  two"\n',
    'carriage returns': 'a: 1\r\nb: 2\r\n',
    'byte order mark': '\ufeffa: 1\n',
    'control character': 'a: b\u0001c\n',
    'next line character': 'a: b\u0085c\n',
    'no-break space': 'a:\u00a0b\n',
    'nested compact mapping': 'a: b: c\n',
    'sequence after a key on its line': 'a: - b\n',
    'key glued to its value': 'a:b\n',
    'comment glued to a value': 'a: b#c\n',
    'comment glued to a quoted value': 'a: "b"#c\n',
    'space before a colon': 'a : 1\n',
    'bracket in a plain scalar': 'a: b[0]\n',
    'backtick in a plain scalar': 'a: b`c\n',
    'at sign first': 'a: @b\n',
    'backtick first': 'a: `b`\n',
    'percent first': 'a: %b\n',
    'question mark first': 'a: ?b\n',
    'colon first': 'a: :b\n',
    'scalar at the root': 'just text\n',
    'quoted scalar at the root': '"text"\n',
    'scalar value on the next line': 'a:\n  text\n',
    'deeper line after a value': 'a: 1\n  b: 2\n',
    'sequence after a value': 'a: 1\n- b\n',
    'mapping after a root sequence': '- a\nb: 1\n',
    'long key': `${'k'.repeat(1001)}: 1\n`,
    'deep nesting': `${Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
    'deep flow nesting': `a: ${'['.repeat(50)}${']'.repeat(50)}\n`,
  }
  for (const [name, text] of Object.entries(outside)) {
    it(name, () => {
      expect(parseYamlFast(text, 'model.yaml', 100_000)).toBeUndefined()
      expect(same(text)).toBe(false)
    })
  }

  it('what the full parser refuses comes with its file:line:col, whichever path is tried first', () => {
    expect(() => parseDocument('a: 1\na: 2\n', 'm/model.yaml')).toThrow("m/model.yaml:2:1: duplicate key 'a'")
    expect(() => parseDocument('a: .inf\n', 'm/model.yaml')).toThrow(
      'm/model.yaml:1:4: number Infinity is not finite',
    )
    expect(() => parseDocument('a: b: c\n', 'm/model.yaml')).toThrow(/^m\/model\.yaml:1:4: invalid YAML: /)
  })
})

describe('the fast YAML path takes the plain subset', () => {
  const inside: Record<string, [string, Plain]> = {
    'empty document': ['', null],
    'comments only': ['# a\n  # b\n', null],
    'block mapping': ['a: 1\nb: x\n', { a: 1, b: 'x' }],
    'nested mapping': ['a:\n  b:\n    c: 1\n', { a: { b: { c: 1 } } }],
    'sequence under a key, indented or not': ['a:\n  - 1\nb:\n- 2\nc: 3\n', { a: [1], b: [2], c: 3 }],
    'compact mapping in a sequence': ['-   a: 1\n    b: 2\n- c: 3\n', [{ a: 1, b: 2 }, { c: 3 }]],
    'nested sequence': ['- - a\n  - b\n- c\n', [['a', 'b'], 'c']],
    'flow collections': ['a: {b: [1, {c: d}], e: []}\nf: {}\n', { a: { b: [1, { c: 'd' }], e: [] }, f: {} }],
    'core schema': [
      'a: ~\nb: True\nc: 0o17\nd: 0x1F\ne: -0\nf: 1e3\ng: .5\nh: 1.0.0\ni: yes\nj:\n',
      { a: null, b: true, c: 15, d: 31, e: -0, f: 1000, g: 0.5, h: '1.0.0', i: 'yes', j: null },
    ],
    'quoted scalars and keys': [
      `'k''s': 'it''s'\n"k 2": "a\\tb\\u00e9"\n`,
      { "k's": "it's", 'k 2': 'a\tbé' },
    ],
    'comments after values': ['a: 1 # one\nb: [2] # two\n# c\nc: "3" #three\n', { a: 1, b: [2], c: '3' }],
    'indented root': ['  a: 1\n  b: 2\n', { a: 1, b: 2 }],
    'urls and colons in plain scalars': [
      'a: s3://b/c\nb: {u: http://x:80/y}\n',
      { a: 's3://b/c', b: { u: 'http://x:80/y' } },
    ],
  }
  for (const [name, [text, value]] of Object.entries(inside)) {
    it(name, () => {
      expect(parseYamlFast(text, 'model.yaml', 100_000)?.value).toStrictEqual(value)
      expect(same(text)).toBe(true)
    })
  }
})
