/**
 * "What changed" besides the metrics: every key of the snapshot that was added, removed or changed, by
 * section. Data entries are matched by name, so a reordered list is not a change.
 */
import { isPlainMap, type Plain, type PlainMap } from './document.js'
import { byText } from './text.js'

export type ChangeKind = 'added' | 'removed' | 'changed'

export interface SnapshotChange {
  /** Top-level section: architecture, hyperparameters, data, weights, evaluation, deployment, ... */
  readonly section: string
  /** Dotted key inside the section, e.g. `learning_rate` or `train.sha256`; empty for a scalar section. */
  readonly key: string
  readonly kind: ChangeKind
  readonly before?: Plain
  readonly after?: Plain
}

/** Sections compared elsewhere (identity and metrics) are left out of the snapshot diff. */
const NOT_DIFFED = new Set(['name', 'version', 'metrics'])

/** Order in which sections appear in a report; anything else follows alphabetically. */
const SECTION_ORDER = ['data', 'weights', 'architecture', 'hyperparameters', 'evaluation', 'deployment']

export function diffSnapshots(before: PlainMap, after: PlainMap): SnapshotChange[] {
  const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((s) => !NOT_DIFFED.has(s))
    .sort((a, b) => rank(a) - rank(b) || byText(a, b))
  const changes: SnapshotChange[] = []
  for (const section of sections) {
    const a = section === 'data' ? keyByName(before[section]) : before[section]
    const b = section === 'data' ? keyByName(after[section]) : after[section]
    diffValue(section, '', a, b, changes)
  }
  return changes
}

function rank(section: string): number {
  const i = SECTION_ORDER.indexOf(section)
  return i === -1 ? SECTION_ORDER.length : i
}

/** data: [{name: train, ...}] becomes {train: {...}} so entries are compared by name. */
function keyByName(value: Plain | undefined): Plain | undefined {
  if (!Array.isArray(value)) return value
  const out: PlainMap = {}
  value.forEach((item, i) => {
    const name = isPlainMap(item) && typeof item.name === 'string' ? item.name : `#${i}`
    if (isPlainMap(item)) {
      const rest: PlainMap = {}
      for (const [k, v] of Object.entries(item)) if (k !== 'name') rest[k] = v
      Object.defineProperty(out, name, { value: rest, enumerable: true, writable: true, configurable: true })
    } else {
      Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true })
    }
  })
  return out
}

function diffValue(
  section: string,
  key: string,
  a: Plain | undefined,
  b: Plain | undefined,
  out: SnapshotChange[],
) {
  if (a === undefined && b === undefined) return
  const aMap = isPlainMap(a ?? null)
  const bMap = isPlainMap(b ?? null)
  // A mapping added or removed whole is listed key by key, so its contents can be read.
  if ((aMap && (bMap || b === undefined)) || (bMap && a === undefined)) {
    const am = (a ?? {}) as PlainMap
    const bm = (b ?? {}) as PlainMap
    const keys = [...new Set([...Object.keys(am), ...Object.keys(bm)])]
    for (const k of keys) diffValue(section, key ? `${key}.${k}` : k, am[k], bm[k], out)
    return
  }
  if (a === undefined) {
    out.push({ section, key, kind: 'added', after: b })
  } else if (b === undefined) {
    out.push({ section, key, kind: 'removed', before: a })
  } else if (!deepEqual(a, b)) {
    out.push({ section, key, kind: 'changed', before: a, after: b })
  }
}

export function deepEqual(a: Plain | undefined, b: Plain | undefined): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isPlainMap(a ?? null) && isPlainMap(b ?? null)) {
    const am = a as PlainMap
    const bm = b as PlainMap
    const ak = Object.keys(am)
    return ak.length === Object.keys(bm).length && ak.every((k) => k in bm && deepEqual(am[k], bm[k]))
  }
  return false
}
