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

  it('many needles: the same answer as looking for each needle in the whole text, on 3,000 generated texts', () => {
    // A literal needle can only sit inside a run of its alphabet, so the run-by-run search must agree with a
    // plain search: texts of the alphabet's characters and others (ü, space, ':', newline), runs at both ends.
    let seed = 0x9e3779b9
    const random = (n: number) => {
      // xorshift32
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      return (seed >>> 0) % n
    }
    const chars = ['a', 'b', '1', '.', '-', '/', '_', 'ü', ' ', ':', '\n', '€']
    const word = (max: number) =>
      Array.from({ length: 1 + random(max) }, () => chars[random(6)] as string).join('')
    let found = 0
    for (let k = 0; k < 3000; k++) {
      const needles = Array.from({ length: 5 + random(4) }, () => word(4)).filter(spelledAsWritten)
      if (needles.length <= 4) continue
      const text = Array.from({ length: random(30) }, () => chars[random(chars.length)] as string).join('')
      const expected = needles.some((n) => text.includes(n))
      found += expected ? 1 : 0
      expect([text, needles, new Mentions(needles).in(text)]).toEqual([text, needles, expected])
    }
    expect(found).toBeGreaterThan(300)
  })
})
