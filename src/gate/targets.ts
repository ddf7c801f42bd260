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
  if (text === undefined) return undefined
  const parsed = parseManifest(text, path)
  if (parsed.ok) return { path, text, manifest: parsed.manifest, name: parsed.manifest.name }
  return { path, text, errors: parsed.errors, ...(parsed.name ? { name: parsed.name } : {}) }
}

/**
 * The manifests at the head that a change can touch. A change of manifests only reads those manifests. A
 * change to any other file reads every model of the head once (`everyModel`: the explicit manifests and the
 * implicit DVC ones), since a reference may be anywhere in the repository ('..', params.yaml, dvc.lock, a
 * `.dvc` pointer): the reads then grow with the number of models, not with the change.
 */
export async function manifestsTouched(
  source: SourceReader,
  head: string,
  changed: readonly ChangedFile[],
  isManifest: (path: string) => boolean,
  limit: number,
  everyModel: () => Promise<readonly (ManifestAt | undefined)[]>,
): Promise<ManifestIndex> {
  const paths = new Set(
    changed.filter((f) => f.status !== 'removed' && isManifest(f.path)).map((f) => f.path),
  )
  const others = changed
    .flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
    .filter((p) => !isManifest(p))
  const read = others.length
    ? await everyModel()
    : await mapLimit([...paths].sort(), limit, (p) => readManifestAt(source, head, p))
  const byPath = new Map<string, ManifestAt>()
  const byName = new Map<string, string[]>()
  for (const item of read) {
    if (!item) continue
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
