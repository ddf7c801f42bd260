import { describe, expect, it } from 'vitest'
import { baselineDigest } from '../../src/core/compare.js'
import { metricValues } from '../../src/core/metrics.js'
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
