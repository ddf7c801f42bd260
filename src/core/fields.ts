/** Typed reading of parsed documents: each check reports the exact key that is wrong, with its position. */
import { InputError, quote } from './diagnostics.js'
import { isPlainMap, type ParsedDocument, type PathSegment, type Plain, type PlainMap } from './document.js'

export class FieldReader {
  readonly errors: InputError[] = []
  constructor(readonly doc: ParsedDocument) {}

  fail(path: readonly PathSegment[], message: string): undefined {
    this.errors.push(new InputError(this.doc.locate(path), message))
    return undefined
  }

  label(path: readonly PathSegment[]): string {
    return path.reduce<string>(
      (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
      '',
    )
  }

  map(value: Plain | undefined, path: readonly PathSegment[]): PlainMap | undefined {
    if (value === undefined || value === null) return undefined
    if (!isPlainMap(value)) return this.fail(path, `${this.label(path)} must be a mapping`)
    return value
  }

  string(value: Plain | undefined, path: readonly PathSegment[]): string | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') return this.fail(path, `${this.label(path)} must be a string`)
    return value
  }

  number(value: Plain | undefined, path: readonly PathSegment[]): number | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number') return this.fail(path, `${this.label(path)} must be a number`)
    return value
  }

  list(value: Plain | undefined, path: readonly PathSegment[]): Plain[] | undefined {
    if (value === undefined || value === null) return undefined
    if (!Array.isArray(value)) return this.fail(path, `${this.label(path)} must be a list`)
    return value
  }

  stringList(value: Plain | undefined, path: readonly PathSegment[]): string[] | undefined {
    const items = this.list(value, path)
    if (!items) return undefined
    const out: string[] = []
    items.forEach((item, i) => {
      const s = this.string(item, [...path, i])
      if (s !== undefined) out.push(s)
    })
    return out
  }

  /** Report every key of map that is not in allowed, suggesting the nearest allowed one. */
  onlyKeys(map: PlainMap, path: readonly PathSegment[], allowed: readonly string[]): void {
    for (const key of Object.keys(map)) {
      if (allowed.includes(key)) continue
      const hint = nearest(key, allowed)
      const where = path.length ? ` in ${this.label(path)}` : ''
      this.fail(
        [...path, key],
        `unknown key ${quote(key)}${where}${hint ? ` (did you mean '${hint}'?)` : ''}`,
      )
    }
  }
}

function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length] ?? 99
}
