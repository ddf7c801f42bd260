/** Which texts may hold a file or model name (core/mentions.ts): a text that cannot is never parsed. */
import { describe, expect, it } from 'vitest'
import { Mentions, spelledAsWritten } from '../../src/core/mentions.js'

describe('texts that may hold a name', () => {
  it('a name of letters, digits and ._/- that is no number is written as itself', () => {
    expect(['metrics.json', 'team/churn', 'a-b_c.1', 'model-0001'].map(spelledAsWritten)).toEqual([
      true,
      true,
      true,
      true,
    ])
    // What YAML or TOML can spell otherwise: numbers as keys (0x10, 1e3, .inf, .nan), other characters.
    expect(
      ['16', '1000', '1e+21', 'Infinity', '-Infinity', 'NaN', 'a b.json', "it's", 'ü.json', 'a:b'].map(
        spelledAsWritten,
      ),
    ).toEqual([false, false, false, false, false, false, false, false, false, false])
  })

  it.each([
    ['few needles', ['metrics.json']],
    ['many needles, run by run', ['metrics.json', 'a1.json', 'a2.json', 'a3.json', 'a4.json', 'a5.json']],
  ])('finds a needle inside a path, quoted or not, and nothing else: %s', (_, needles) => {
    const m = new Mentions(needles)
    expect(m.in('metrics_files: [eval/metrics.json]\n')).toBe(true)
    expect(m.in("metrics_files: ['../x/metrics.json']\n")).toBe(true)
    expect(m.in('metrics_files: [metrics.yaml]\nname: metrics\n')).toBe(false)
    expect(m.in('metrics_files: ["metrics\\x2ejson"]\n')).toBe(true)
  })

  it('a needle a text could spell otherwise matches every text; no needle matches none', () => {
    expect(new Mentions(['16']).in('params: {0x10: null}\n')).toBe(true)
    expect(new Mentions(['16', 'metrics.json']).in('name: a\n')).toBe(true)
    expect(new Mentions([]).in('metrics.json \\ ..')).toBe(false)
  })
})
