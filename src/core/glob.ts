/**
 * Globs over dotted metric names and model names: `*` matches within one segment, `**` across segments.
 * Metric names use '.' as the separator, model names '/'.
 */
const cache = new Map<string, RegExp>()

export function globToRegExp(pattern: string, separator: '.' | '/'): RegExp {
  const cacheKey = `${separator}${pattern}`
  const hit = cache.get(cacheKey)
  if (hit) return hit
  const sep = separator === '.' ? '\\.' : '/'
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? ''
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
    } else if (ch === '*') {
      source += `[^${sep}]*`
    } else if (ch === '?') {
      source += `[^${sep}]`
    } else {
      source += ch.replace(/[\\^$.+()|{}[\]]/g, '\\$&')
    }
  }
  const re = new RegExp(`^${source}$`)
  cache.set(cacheKey, re)
  return re
}

export function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

export function matchGlob(pattern: string, name: string, separator: '.' | '/'): boolean {
  return isGlob(pattern) ? globToRegExp(pattern, separator).test(name) : pattern === name
}

/** A file-path glob: `**` spans directories, `*` and `?` stay inside one, `{a,b}` is either. */
export function pathGlobToRegExp(pattern: string): RegExp {
  let source = ''
  let inBraces = false
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? ''
    if (ch === '*' && pattern[i + 1] === '*') {
      if (pattern[i + 2] === '/') {
        source += '(?:.*/)?'
        i += 2
      } else {
        source += '.*'
        i++
      }
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else if (ch === '{' && !inBraces) {
      source += '(?:'
      inBraces = true
    } else if (ch === '}' && inBraces) {
      source += ')'
      inBraces = false
    } else if (ch === ',' && inBraces) source += '|'
    else source += ch.replace(/[\\^$.+()|{}[\]]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Patterns one per line (or comma-free list); a leading '!' excludes. */
export function pathMatcher(patterns: string): (path: string) => boolean {
  const lines = patterns
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const include = lines.filter((l) => !l.startsWith('!')).map(pathGlobToRegExp)
  const exclude = lines.filter((l) => l.startsWith('!')).map((l) => pathGlobToRegExp(l.slice(1)))
  return (path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path))
}
