/**
 * Which models a change touches. A model is checked when its manifest changed or when any file the
 * manifest references changed (its metrics files, its `dvc:` and `lfs:` pointer files): the mapping
 * "changed path -> the manifests that reference it" is built here, once, from the manifests at the head.
 * Every new kind of reference (params files, ...) is one more entry in `Manifest.references`.
 */
import type { InputError } from '../core/diagnostics.js'
import { parseManifest, type Manifest, type Reference } from '../core/manifest.js'
import { mapLimit } from './concurrency.js'
import type { RecordedParams } from './params-drift.js'
import type { ChangedFile, SourceReader } from './ports.js'
import { byText } from '../core/text.js'
import { posix } from 'node:path'
import { Mentions } from '../core/mentions.js'

/** One manifest file at a commit, parsed. */
export interface ManifestAt {
  readonly path: string
  readonly text: string
  readonly manifest?: Manifest
  readonly errors?: readonly InputError[]
  /** The name, when it could be read even from an invalid manifest. */
  readonly name?: string
  /** An implicit DVC manifest: the params dvc.lock records per producing stage (see params-drift.ts). */
  readonly recordedParams?: readonly RecordedParams[]
}

/** Manifests read at one commit, by path and by model name. */
export interface ManifestIndex {
  readonly byPath: ReadonlyMap<string, ManifestAt>
  readonly byName: ReadonlyMap<string, readonly string[]>
}

/** Read and parse one manifest at a commit; undefined when the file is not there. */
export async function readManifestAt(
  source: SourceReader,
  ref: string,
  path: string,
): Promise<ManifestAt | undefined> {
  // A push that creates the branch has an all-zero "before": nothing existed there.
  if (/^0+$/.test(ref)) return undefined
  const text = await source.readFile(ref, path)
  return text === undefined ? undefined : manifestAt(path, text)
}

/** One manifest's text, parsed. */
export function manifestAt(path: string, text: string): ManifestAt {
  const parsed = parseManifest(text, path)
  if (parsed.ok) return { path, text, manifest: parsed.manifest, name: parsed.manifest.name }
  return { path, text, errors: parsed.errors, ...(parsed.name ? { name: parsed.name } : {}) }
}

export interface TouchedScan {
  readonly source: SourceReader
  readonly base: string
  readonly head: string
  readonly changed: readonly ChangedFile[]
  readonly isManifest: (path: string) => boolean
  readonly limit: number
  /** Every implicit DVC model at the head (files: every path there), explicit ones of the same name included. */
  readonly implicitModels: (files: readonly string[]) => Promise<readonly ManifestAt[]>
}

/**
 * The manifests at the head that a change can touch. A change of manifests only reads those manifests. A
 * change to any other file may touch a model anywhere (a reference may climb with '..'), so every manifest of
 * the head is read and every implicit DVC model derived, but only some manifests are parsed (parsing is the
 * cost, and grows with the repository, not with the change):
 * - the changed manifests, and every manifest whose text may reference a changed path (`mayReference`);
 * - then every manifest whose text may spell the name of one of those models, of an implicit model, or of a
 *   removed manifest's model, so that `byName` lists every manifest of the head declaring any name the check
 *   asks about (two manifests declaring one model, a move, an implicit model an explicit one overrides).
 * A manifest left unparsed references no changed file and declares none of those names: it is no target.
 */
export async function manifestsTouched(scan: TouchedScan): Promise<ManifestIndex> {
  const { source, head, changed, isManifest, limit } = scan
  const atHead = new Set(
    changed.filter((f) => f.status !== 'removed' && isManifest(f.path)).map((f) => f.path),
  )
  const paths = changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
  if (paths.every(isManifest)) {
    return indexOf(await mapLimit([...atHead].sort(), limit, (p) => readManifestAt(source, head, p)))
  }
  const files = await source.listFiles(head)
  const manifests = files.filter(isManifest).sort()
  await source.prefetch?.(head, manifests)
  // The changed manifests and those that may reference a changed path are parsed as each text arrives, while
  // git reads the next ones; they are indexed in path order all the same.
  const referencing = mayReference(paths)
  const early: (ManifestAt | undefined)[] = []
  const texts = await mapLimit(manifests, limit, async (p, i) => {
    const text = await source.readFile(head, p)
    if (text !== undefined && (atHead.has(p) || referencing(p, text))) early[i] = manifestAt(p, text)
    return text
  })
  const implicit = await scan.implicitModels(files)
  const parsed = new Map<number, ManifestAt>()
  early.forEach((m, i) => {
    if (m) parsed.set(i, m)
  })
  const parse = (wanted: (path: string, text: string) => boolean) =>
    manifests.forEach((path, i) => {
      const text = texts[i]
      if (text !== undefined && !parsed.has(i) && wanted(path, text)) parsed.set(i, manifestAt(path, text))
    })
  const names = [...parsed.values(), ...implicit].flatMap((m) => (m.name === undefined ? [] : [m.name]))
  const declaring = new Mentions([...names, ...(await removedNames(scan))])
  parse((_, text) => declaring.in(text))
  const explicit = [...parsed.values()]
  return indexOf([...explicit, ...notOverridden(explicit, implicit)])
}

/**
 * Whether a manifest (path, text) may reference one of the changed paths. A reference is a path written in
 * the manifest, resolved against its folder. It reaches a file outside that folder only through a '..'
 * component, which the text then holds (or spells with a backslash escape). The file's own name is one of
 * its components, written as it is (core/mentions.ts): components cancelled by a later '..' leave a path
 * whose last name is the file's, or one of the folders above the manifest, which for a manifest the change
 * does not touch are folders at both ends of the change, never a changed file. So the text must hold the
 * changed file's name, and unless it holds '..', the file must be inside the manifest's folder.
 */
function mayReference(changed: readonly string[]): (path: string, text: string) => boolean {
  const anywhere = new Mentions(changed.map((p) => posix.basename(p)))
  const inside = new Map<string, string[]>()
  for (const p of changed) {
    for (let dir = posix.dirname(p); ; dir = posix.dirname(dir)) {
      const names = inside.get(dir) ?? []
      names.push(posix.basename(p))
      inside.set(dir, names)
      if (dir === '.' || dir === '/') break
    }
  }
  const folders = new Map<string, Mentions>()
  return (path, text) => {
    if (text.includes('\\')) return true
    if (text.includes('..')) return anywhere.in(text)
    const dir = posix.dirname(path)
    let here = folders.get(dir)
    if (!here) folders.set(dir, (here = new Mentions(inside.get(dir) ?? [])))
    return here.in(text)
  }
}

/** The models of the manifests the change removes (or moves) at the base: a move is found by name. */
async function removedNames(scan: TouchedScan): Promise<string[]> {
  const old = scan.changed.flatMap((f) => {
    const path = f.status === 'removed' ? f.path : f.previousPath
    return path !== undefined && scan.isManifest(path) ? [path] : []
  })
  const read = await mapLimit(old, scan.limit, (p) => readManifestAt(scan.source, scan.base, p))
  return read.flatMap((m) => (m?.name === undefined ? [] : [m.name]))
}

/** The implicit models whose name no explicit manifest declares: an explicit manifest overrides its model. */
export function notOverridden(
  explicit: readonly ManifestAt[],
  implicit: readonly ManifestAt[],
): ManifestAt[] {
  const declared = new Set(explicit.map((m) => m.name))
  return implicit.filter((m) => m.name === undefined || !declared.has(m.name))
}

function indexOf(read: readonly (ManifestAt | undefined)[]): ManifestIndex {
  const byPath = new Map<string, ManifestAt>()
  const byName = new Map<string, string[]>()
  const found = read.filter((m): m is ManifestAt => m !== undefined)
  for (const item of found.sort((a, b) => byText(a.path, b.path))) {
    byPath.set(item.path, item)
    if (item.name !== undefined) byName.set(item.name, [...(byName.get(item.name) ?? []), item.path])
  }
  return { byPath, byName }
}

export interface Target {
  /** The manifest's path: at the head, or at the base for a removed one. */
  readonly path: string
  readonly kind: 'candidate' | 'removed'
  /** Where the manifest was at the base, when the change moved it. */
  readonly previousPath?: string
  /** The manifest file itself changed. */
  readonly manifestChanged: boolean
  /** Referenced files that changed (besides the manifest): why the model is checked. */
  readonly because: readonly string[]
  /** References whose file this change deletes: an error on the model, never a silent skip. */
  readonly deleted: readonly Reference[]
}

/**
 * The models a change touches, in path order: changed manifests, manifests whose references changed, and
 * removed manifests (one whose model a changed manifest now declares is a move: see check.ts).
 */
export function findTargets(
  changed: readonly ChangedFile[],
  head: ManifestIndex,
  isManifest: (path: string) => boolean,
): Target[] {
  const touched = new Map<string, ChangedFile>()
  const gone = new Set<string>()
  for (const f of changed) {
    touched.set(f.path, f)
    if (f.status === 'removed') gone.add(f.path)
    if (f.previousPath !== undefined) {
      touched.set(f.previousPath, f)
      gone.add(f.previousPath)
    }
  }
  const targets: Target[] = []
  for (const [path, at] of head.byPath) {
    const own = touched.get(path)
    const manifestChanged = own !== undefined && own.path === path
    const refs = at.manifest?.references ?? []
    const because = [...new Set(refs.filter((r) => touched.has(r.path)).map((r) => r.path))]
    if (!manifestChanged && because.length === 0) continue
    targets.push({
      path,
      kind: 'candidate',
      ...(manifestChanged && own.previousPath !== undefined ? { previousPath: own.previousPath } : {}),
      manifestChanged,
      because,
      deleted: refs.filter((r) => gone.has(r.path) && !existsAtHead(r.path, changed)),
    })
  }
  for (const f of changed) {
    const old = f.status === 'removed' ? f.path : f.previousPath
    if (old === undefined || !isManifest(old) || head.byPath.has(old)) continue
    if (f.status !== 'removed' && isManifest(f.path)) continue // moved: checked at its new path
    targets.push({ path: old, kind: 'removed', manifestChanged: true, because: [], deleted: [] })
  }
  return targets.sort((a, b) => byText(a.path, b.path))
}

/** A path some changed file occupies at the head (added, modified, or the new path of a move). */
function existsAtHead(path: string, changed: readonly ChangedFile[]): boolean {
  return changed.some((f) => f.path === path && f.status !== 'removed')
}
