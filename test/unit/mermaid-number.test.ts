import { describe, expect, it } from 'vitest'
import { mermaidNumber } from '../../src/core/report/chart.js'

/** What mermaidNumber wrote before it was written out by hand: the oracle it must equal. */
const intl = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 })
const throughIntl = (value: number) => intl.format(Number(value.toPrecision(12)))

/** A deterministic generator, so a failure names a value that can be run again. */
function* values(count: number): Generator<number> {
  let seed = 0x2545f491
  const next = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 2 ** 32
  }
  for (let i = 0; i < count; i++) {
    const exponent = Math.floor(next() * 64) - 32 // 1e-32 .. 1e31: every branch, and rounding at 20 fraction digits
    const sign = next() < 0.5 ? -1 : 1
    const mantissa = i % 3 === 0 ? Math.round(next() * 1000) / 100 : next() * 10
    yield sign * mantissa * 10 ** exponent
  }
}

describe('mermaidNumber', () => {
  it('writes what Intl writes, for 20,000 values from 1e-32 to 1e31 of both signs', () => {
    const differ = [...values(20_000)].filter((value) => mermaidNumber(value) !== throughIntl(value))
    expect(differ.map((value) => [value, mermaidNumber(value), throughIntl(value)])).toEqual([])
  })

  it('rounds at the twentieth fraction digit, half away from zero, and carries through nines', () => {
    const cases = [
      5e-21, -5e-21, 4e-21, -4e-21, 1e-22, -1e-22, 9.99999999999e-21, 1.05e-19, 9.5e-20, 1.99999999999e-7,
    ]
    for (const value of cases) expect([value, mermaidNumber(value)]).toEqual([value, throughIntl(value)])
    expect(mermaidNumber(5e-21)).toBe('0.00000000000000000001')
    expect(mermaidNumber(-4e-21)).toBe('-0')
    expect(mermaidNumber(1.5e-7)).toBe('0.00000015')
  })

  it('writes large numbers out in full and keeps twelve significant digits', () => {
    expect(mermaidNumber(1.23e25)).toBe('12300000000000000000000000')
    expect(mermaidNumber(123456789012345)).toBe('123456789012000')
    expect(mermaidNumber(1 / 3)).toBe('0.333333333333')
    expect(mermaidNumber(0)).toBe('0')
    expect(mermaidNumber(-0)).toBe(throughIntl(-0))
  })
})
