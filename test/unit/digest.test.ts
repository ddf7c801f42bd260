import { describe, expect, it } from 'vitest'
import { baselineDigest, type ModelVersion } from '../../src/core/compare.js'
import { fnv1a, jsonText } from '../../src/core/digest.js'
import { metricValues, type LocatedMetric } from '../../src/core/metrics.js'
import type { PlainMap } from '../../src/core/document.js'
import { baseline } from '../helpers/versions.js'

/** 64-bit FNV-1a with BigInt, as the digest was first computed: acceptances recorded with it must still hold. */
function fnv1aReference(text: string): string {
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

describe('the digest of production', () => {
  it('is the 64-bit FNV-1a of its version, snapshot and sorted metrics, as before', () => {
    const b = baseline({
      name: 'churn',
      version: '1.2.0',
      data: [{ name: 'eval', role: 'eval', uri: 's3://b/é✓.parquet' }],
      metrics: { zeta: 0.5, accuracy: { value: 0.91, n: 1000 }, 'slices.eu.auc': 0.8 },
    })
    const sorted = new Map([...b.metrics].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    const text = JSON.stringify([b.manifest.version, b.manifest.snapshot, metricValues(sorted)])
    expect(baselineDigest(b)).toBe(`1.2.0#${fnv1aReference(text)}`)
  })
})

/** The digest as it was first written: sorted Map, metricValues, JSON.stringify, BigInt FNV-1a. */
function digestReference(b: ModelVersion): string {
  const sorted = new Map([...b.metrics].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
  const text = JSON.stringify([b.manifest.version, b.manifest.snapshot, metricValues(sorted)])
  return `${b.manifest.version}#${fnv1aReference(text)}`
}

describe('the digest text', () => {
  it('lists array-index metric names first, in numeric order, as an object does', () => {
    const b = baseline({ name: 'churn', version: '1.2.0', metrics: { b: 1, a: 2 } })
    const names = [
      '10',
      '2',
      '01',
      '0',
      '4294967294',
      '4294967295',
      '-1',
      '1.5',
      '1e3',
      'b',
      'a',
      'é',
      '😀',
      '__proto__',
    ]
    const metrics = new Map<string, LocatedMetric>(
      names.map((n, i) => [
        n,
        { metric: i % 2 ? { value: i, n: 10 * i } : { value: i / 7 }, file: 'm.yaml' },
      ]),
    )
    metrics.set('not-a-number', { metric: { value: NaN }, file: 'm.yaml' })
    metrics.set('ci', { metric: { value: 1, ci: [0.5, Infinity] }, file: 'm.yaml' })
    expect(baselineDigest({ ...b, metrics })).toBe(digestReference({ ...b, metrics }))
  })

  it('writes what JSON.stringify writes, for plain data and for what is not', () => {
    const nullProto = Object.assign(Object.create(null) as object, { z: 1, a: [2] })
    const values: unknown[] = [
      0,
      -0,
      1.5,
      1e21,
      1e-7,
      -3,
      NaN,
      Infinity,
      -Infinity,
      Number.MAX_VALUE,
      '',
      'plain',
      'quo"te',
      'back\\slash',
      'tab\tnew\nline\u0001\u001f\u007f',
      'é✓😀',
      '\ud800 lone',
      'x\udfff',
      true,
      false,
      null,
      undefined,
      () => 1,
      Symbol('s'),
      [],
      [1, undefined, () => 1, null, 'a'],
      { a: undefined, b: () => 1, c: 1 },
      { 10: 'ten', 2: 'two', b: 'b', a: 'a', nested: { deep: [{ x: 1 }, [2, [3]]] } },
      { toJSON: () => 'custom' },
      new Date(0),
      nullProto,
      [nullProto],
      new Number(3),
      new String('s'),
      { v: new Boolean(false) },
    ]
    for (const v of values) expect(jsonText(v)).toBe(JSON.stringify(v))
  })
})

describe('the digest of a snapshot with accessors', () => {
  it('reads each value as JSON.stringify does: a getter runs once per key, a name it removes is skipped', () => {
    const b = baseline({ name: 'churn', version: '1.2.0', metrics: { accuracy: 0.9 } })
    // A fresh snapshot for each reading: its getter deletes a later name as it runs.
    const reading = (): ModelVersion => {
      const snapshot: Record<string, unknown> = { a: 1 }
      Object.defineProperty(snapshot, 'b', {
        enumerable: true,
        configurable: true,
        get() {
          delete snapshot.c
          return 'b'
        },
      })
      Object.defineProperty(snapshot, 'gone', { enumerable: true, get: () => undefined })
      snapshot.c = 3
      snapshot.d = [4]
      return { ...b, manifest: { ...b.manifest, snapshot: snapshot as PlainMap } }
    }
    const text = JSON.stringify(['1.2.0', { a: 1, b: 'b', d: [4] }, { accuracy: { value: 0.9 } }])
    expect(digestReference(reading())).toBe(`1.2.0#${fnv1aReference(text)}`)
    expect(baselineDigest(reading())).toBe(`1.2.0#${fnv1aReference(text)}`)
  })
})

describe('fnv1a', () => {
  it('is the 64-bit FNV-1a of the UTF-16 code units', () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: next() % 50 }, () =>
        String.fromCharCode(next() % 3 ? next() % 128 : next() % 65536),
      ).join('')
      expect(fnv1a(text)).toBe(fnv1aReference(text))
    }
    expect(fnv1a('')).toBe('cbf29ce484222325')
  })
})
