import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { isGlob, matchGlob, pathMatcher } from '../../src/core/glob.js'

describe('manifest globs, as GitHub reads workflow path filters', () => {
  it('the default glob finds manifests at any depth, in dot directories too', () => {
    const match = pathMatcher('**/model.{yaml,yml,json}')
    expect(['model.yaml', 'a/b/model.yml', '.ml/model.json'].map(match)).toEqual([true, true, true])
    expect(['a/model.txt', 'a/my-model.yaml', 'model.yaml/x'].map(match)).toEqual([false, false, false])
  })

  it('`*` and `?` stay inside one directory, `**` spans directories', () => {
    const match = pathMatcher('models/*/model.yaml')
    expect(match('models/churn/model.yaml')).toBe(true)
    expect(match('models/team/churn/model.yaml')).toBe(false)
    expect(pathMatcher('models/**/model.yaml')('models/team/churn/model.yaml')).toBe(true)
    expect(pathMatcher('models/v?/model.yaml')('models/v1/model.yaml')).toBe(true)
    expect(pathMatcher('models/v?/model.yaml')('models/v10/model.yaml')).toBe(false)
  })

  it('`[ab]` is a class of characters, not the literal brackets', () => {
    const match = pathMatcher('models/[ab]/model.yaml')
    expect(['models/a/model.yaml', 'models/b/model.yaml'].map(match)).toEqual([true, true])
    expect(['models/c/model.yaml', 'models/ab/model.yaml'].map(match)).toEqual([false, false])
    // picomatch compares the text first: a path spelled exactly as the pattern matches it too.
    expect(match('models/[ab]/model.yaml')).toBe(true)
  })

  it("one pattern a line; a leading '!' excludes what the others include", () => {
    const match = pathMatcher('**/model.yaml\n  !legacy/**  \n\n')
    expect(match('models/churn/model.yaml')).toBe(true)
    expect(match('legacy/churn/model.yaml')).toBe(false)
  })
})

describe('metric and model name globs', () => {
  it("metric names: '.' separates segments", () => {
    expect(matchGlob('loss.*', 'loss.val', '.')).toBe(true)
    expect(matchGlob('loss.*', 'loss.val.x', '.')).toBe(false)
    expect(matchGlob('loss.**', 'loss.val.x', '.')).toBe(true)
    expect(matchGlob('acc_[ab]', 'acc_b', '.')).toBe(true)
    expect(matchGlob('f1/macro', 'f1/macro', '.')).toBe(true)
  })

  it("model names: '/' separates segments", () => {
    expect(matchGlob('team/*', 'team/churn', '/')).toBe(true)
    expect(matchGlob('team/*', 'team/a/churn', '/')).toBe(false)
    expect(matchGlob('team/**', 'team/a/churn', '/')).toBe(true)
  })

  it('a name without glob characters matches only itself', () => {
    expect(isGlob('accuracy')).toBe(false)
    expect(isGlob('acc*')).toBe(true)
    expect(matchGlob('accuracy', 'accuracy', '.')).toBe(true)
    expect(matchGlob('accuracy', 'accuracy2', '.')).toBe(false)
  })

  it('isGlob answers what picomatch.scan answers, without picomatch for a name with no glob character', () => {
    // Every printable ASCII character alone, after a letter, before one, doubled; and names rules use.
    const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
    const corpus = [
      ...chars.flatMap((c) => [c, `a${c}`, `${c}a`, `a${c}b`, `${c}${c}`, `${c}(a)`, `a/${c}`]),
      ...['eval.accuracy', 'f1-score', 'loss@1', 'top-5', 'a.b.c', 'é', 'a\\b', '{a,b}', '[ab]', '@(a)'],
    ]
    const options = { dot: true, noextglob: true, nonegate: true, strictSlashes: true }
    const wrong = corpus.filter((p) => isGlob(p) !== picomatch.scan(p, options).isGlob)
    expect(wrong).toEqual([])
    // and the picomatch answer is true for some of them: the corpus holds globs
    expect(corpus.filter((p) => isGlob(p)).length).toBeGreaterThan(50)
  })
})

describe('a manifest glob that does not close', () => {
  it('an unclosed brace or bracket is an error that says what is missing', () => {
    expect(() => pathMatcher('models/{churn/model.yaml')).toThrow(
      'Invalid regular expression: Missing closing: "}" - use "\\\\}" to match literal characters',
    )
    expect(() => pathMatcher('models/[ab/model.yaml')).toThrow('Missing closing: "]"')
  })
})
