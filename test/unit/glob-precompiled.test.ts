import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { PRECOMPILED, pathMatcher, STRICT_OPTIONS } from '../../src/core/glob.js'

/** Paths a manifest glob meets, and the corner cases of picomatch's matcher (empty, the pattern itself). */
function corpus(pattern: string): string[] {
  const names = ['model.yaml', 'model.yml', 'model.json', 'model.toml', 'my-model.yaml', 'model.yaml.bak']
  const folders = ['', 'a/', 'a/b/', '.ml/', 'a/.hidden/', './', '../', 'a/../', 'a//', '/', 'a/./', '..a/']
  const paths = folders.flatMap((f) => names.map((n) => `${f}${n}`))
  return [
    ...paths,
    '',
    pattern,
    `${pattern}/x`,
    'model.yaml/x',
    'MODEL.yaml',
    'a\\model.yaml',
    'a\nmodel.yaml',
  ]
}

describe('globs picomatch would compile, written out ahead (core/glob.ts PRECOMPILED)', () => {
  it('covers the default manifest glob', () => {
    expect([...PRECOMPILED.keys()]).toEqual(['**/model.{yaml,yml,json}'])
  })

  for (const [pattern, known] of PRECOMPILED) {
    it(`${pattern}: picomatch compiles it to the same expression`, () => {
      const fresh = picomatch.makeRe(pattern, STRICT_OPTIONS)
      expect([known.source, known.flags]).toEqual([fresh.source, fresh.flags])
    })

    it(`${pattern}: matches exactly the paths picomatch's own matcher matches`, () => {
      const ours = pathMatcher(pattern)
      const theirs = picomatch(pattern, STRICT_OPTIONS)
      const paths = corpus(pattern)
      expect(paths.map(ours)).toEqual(paths.map((p) => theirs(p)))
      // The corpus has both answers, so the comparison can fail either way.
      expect(new Set(paths.map(ours))).toEqual(new Set([true, false]))
    })
  }
})
