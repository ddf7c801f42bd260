import { describe, expect, it } from 'vitest'
import { compareModel } from '../../src/core/compare.js'
import type { ModelReport } from '../../src/core/report/types.js'
import { expected } from './compare-pinned.expected.js'
import { brandNew, evaluationChanged, judged } from './compare-pinned.scenarios.js'

/** The report with its errors as plain data: the class name, the position and the detail. */
function plain(report: ModelReport) {
  return {
    ...report,
    errors: report.errors.map((e) => ({ error: e.constructor.name, position: e.position, detail: e.detail })),
  }
}

/** Every object's keys, in order, all the way down: the order JSON output and renderers see. */
function keyOrder(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(keyOrder)
  if (x === null || typeof x !== 'object') return typeof x
  return Object.entries(x).map(([k, v]) => [k, keyOrder(v)])
}

describe("compareModel's whole output, pinned", () => {
  const cases = {
    judged: () => judged(),
    evaluationChanged: () => evaluationChanged(),
    evaluationChangedWarn: () => evaluationChanged('warn'),
    brandNew: () => brandNew(),
  } as const
  for (const [name, input] of Object.entries(cases)) {
    it(`${name}: same keys, same values, same order`, () => {
      const report = plain(compareModel(input()))
      const want = expected[name as keyof typeof expected]
      expect(report).toStrictEqual(want)
      expect(keyOrder(report)).toStrictEqual(keyOrder(want))
      expect(JSON.stringify(report)).toBe(JSON.stringify(want))
    })
  }
})
