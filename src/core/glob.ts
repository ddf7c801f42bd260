/**
 * Globs, with picomatch and GitHub's semantics for workflow path filters: `*` and `?` stay inside one
 * segment, `**` spans segments, `[ab]` is a class, `{a,b}` is either. File paths use '/' as the separator,
 * metric names '.', model names '/'. A leading '!' excludes, in the list of manifest globs only.
 */
import picomatch from 'picomatch'

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
    match = picomatch(pattern, OPTIONS)
    cache.set(pattern, match)
  }
  return match
}

/** '.'-separated names are matched as paths: '.' and '/' trade places in both the pattern and the name. */
function asPath(text: string, separator: '.' | '/'): string {
  return separator === '/' ? text : text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'))
}

export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern, OPTIONS).isGlob
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

/**
 * A manifest glob, strictly: an unclosed brace, bracket or parenthesis is an error, as it was when these
 * globs were compiled to a regular expression by hand (it almost always is a typo, not a literal).
 */
function strict(pattern: string): (path: string) => boolean {
  try {
    return picomatch(pattern, { ...OPTIONS, strictBrackets: true })
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
