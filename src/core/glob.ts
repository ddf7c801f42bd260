/**
 * Globs, with picomatch and GitHub's semantics for workflow path filters: `*` and `?` stay inside one
 * segment, `**` spans segments, `[ab]` is a class, `{a,b}` is either. File paths use '/' as the separator,
 * metric names '.', model names '/'. A leading '!' excludes, in the list of manifest globs only.
 */
import type picomatch from 'picomatch'
import { picomatchLib } from './lazy-libs.js'

const OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  noextglob: true,
  nonegate: true,
  strictSlashes: true,
}
const cache = new Map<string, (name: string) => boolean>()

function compiled(pattern: string): (name: string) => boolean {
  let match = cache.get(pattern)
  if (!match) {
    match = picomatchLib()(pattern, OPTIONS)
    cache.set(pattern, match)
  }
  return match
}

/** '.'-separated names are matched as paths: '.' and '/' trade places in both the pattern and the name. */
function asPath(text: string, separator: '.' | '/'): string {
  return separator === '/' ? text : text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

/**
 * A character every glob has one of (with these options: no extglobs, no negation), so that a pattern without
 * any is a plain name, decided without loading picomatch. test/unit/glob.test.ts holds this to picomatch.scan.
 */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/

export function isGlob(pattern: string): boolean {
  if (!GLOB_CHARS.test(pattern)) return false
  return picomatchLib().scan(pattern, OPTIONS).isGlob
}

export function matchGlob(pattern: string, name: string, separator: '.' | '/'): boolean {
  if (!isGlob(pattern)) return pattern === name
  return compiled(asPath(pattern, separator))(asPath(name, separator))
}

/** matchGlob(pattern, name, separator) as a function of the name, the pattern scanned and compiled once. */
export function globMatcher(pattern: string, separator: '.' | '/'): (name: string) => boolean {
  if (!isGlob(pattern)) return (name) => name === pattern
  const match = compiled(asPath(pattern, separator))
  return (name) => match(asPath(name, separator))
}

/** How manifest globs are compiled: strictly (see strict). */
export const STRICT_OPTIONS: picomatch.PicomatchOptions = { ...OPTIONS, strictBrackets: true }

/**
 * What picomatch compiles the default manifest glob to with STRICT_OPTIONS, written out: nearly every run
 * compiles that glob and nothing else, and picomatch's parser costs about 10 ms to compile on its first call.
 * test/unit/glob-precompiled.test.ts asserts that picomatch still compiles each pattern to this expression.
 */
export const PRECOMPILED: ReadonlyMap<string, RegExp> = new Map([
  [
    '**/model.{yaml,yml,json}',
    /^(?:(?:^|\/|(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)model\.(yaml|yml|json))$/,
  ],
])

/**
 * A manifest glob, strictly: an unclosed brace, bracket or parenthesis is an error, as it was when these
 * globs were compiled to a regular expression by hand (it almost always is a typo, not a literal).
 */
function strict(pattern: string): (path: string) => boolean {
  const known = PRECOMPILED.get(pattern)
  // picomatch's matcher with these options: an empty path never matches, the pattern itself always does.
  if (known) return (path) => path !== '' && (path === pattern || known.test(path))
  try {
    return picomatchLib()(pattern, STRICT_OPTIONS)
  } catch (error) {
    throw new SyntaxError(`Invalid regular expression: ${(error as Error).message}`)
  }
}

/** Patterns one per line; a leading '!' excludes. Throws on a pattern picomatch cannot compile. */
export function pathMatcher(patterns: string): (path: string) => boolean {
  const lines = patterns
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const include = lines.filter((l) => !l.startsWith('!')).map(strict)
  const exclude = lines.filter((l) => l.startsWith('!')).map((l) => strict(l.slice(1)))
  return (path) => include.some((match) => match(path)) && !exclude.some((match) => match(path))
}
