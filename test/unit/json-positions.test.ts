/**
 * JSON metrics files and registry entries go through JSON.parse (parseJsonDocument); the positions of their
 * keys and items, which every metric's file:line comes from, are found by one scan of the text. They must be
 * the position-tracking parser's, for every key and item.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument, parseJsonDocument, type PathSegment, type Plain } from '../../src/core/document.js'
import { parseMetricsFile } from '../../src/core/metrics.js'

function paths(value: Plain, at: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [at]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])))
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]))
  return out
}

const TEXTS: Record<string, string> = {
  pretty: `${JSON.stringify(
    {
      acc: 0.9,
      slices: { eu: { acc: 0.8, n: [1, 2, { deep: -1.5e-3 }] }, 'u"s': { acc: 0.7 } },
      list: [[], {}, [true, false, null], 'a,b]}', ''],
      'key with \\\\ backslash': 1,
      'é \u2028 ☃': { '\u0041\n': 2 },
      '0': { '1': 3 },
    },
    null,
    2,
  )}\n`,
  compact: '{"a":1,"b":{"c":[1,{"d":2},[3,"x\\"y"]]},"e":"f"}',
  spaced: '  {\n\n "a" :\n  [ 1 ,\n  2 ] , "b" : { }  ,"c":\n"d"}\n\n',
  array: '[{"a": 1}, 2, "three", [4]]',
}

describe('positions of a JSON text read through JSON.parse', () => {
  it.each(Object.entries(TEXTS))('are the full parser’s for every key and item: %s', (_, text) => {
    const fast = parseJsonDocument(text, 'm.json')
    const full = parseDocument(text, 'm.json', { format: 'json' })
    expect(fast.value).toEqual(full.value)
    const all = paths(full.value)
    expect(all.length).toBeGreaterThan(3)
    expect(all.map((p) => [p, fast.locate(p)])).toEqual(all.map((p) => [p, full.locate(p)]))
    expect(fast.locate(['no', 'such', 'key'])).toEqual(full.locate(['no', 'such', 'key']))
  })

  it('a metrics file keeps each metric’s line', () => {
    const text =
      '{\n  "acc": 0.9,\n  "slices": {\n    "eu": {"value": 0.8, "n": 100}\n  },\n  "note": "x"\n}\n'
    const parsed = parseMetricsFile(text, 'eval/metrics.json')
    expect([...parsed.metrics].map(([name, m]) => [name, m.file, m.line, m.metric])).toEqual([
      ['acc', 'eval/metrics.json', 2, { value: 0.9 }],
      ['slices.eu', 'eval/metrics.json', 4, { value: 0.8, n: 100 }],
    ])
    expect(parsed.skipped).toEqual([{ name: 'note', file: 'eval/metrics.json', line: 6, type: 'string' }])
  })

  it('a metrics file with a carriage return or a broken line still gets the full parser’s positions', () => {
    const crlf = '{\r\n  "acc": 0.9,\r\n  "f1": 0.5\r\n}\r\n'
    expect([...parseMetricsFile(crlf, 'm.json').metrics].map(([n, m]) => [n, m.line])).toEqual([
      ['acc', 2],
      ['f1', 3],
    ])
    expect(() => parseMetricsFile('{\n  "acc": 0.9,\n  "acc": 1\n}\n', 'm.json')).toThrow(
      "m.json:3:3: duplicate key 'acc'",
    )
    expect(() => parseMetricsFile('{\n  "acc": 0.9,\n}\n', 'm.json')).toThrow('m.json:3:1: invalid JSON')
  })
})
