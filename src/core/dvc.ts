/**
 * The DVC files a project already keeps, read as untrusted data: `dvc.yaml` (artifacts, stages, metrics),
 * `dvc.lock` (what each stage last ran with: params values, dependency and output hashes) and `.dvc`
 * pointer files; and Git LFS pointer files. Only what Model Gate uses is read; everything else is ignored.
 */
import { InputError, quote } from './diagnostics.js'
import { isPlainMap, parseDocument, type Plain, type PlainMap } from './document.js'
import { posix } from 'node:path'

/** A content hash of a file or folder, as a pointer or a lock file records it. */
export interface PinnedHash {
  /** The md5 (DVC; a folder's ends in `.dir`) or sha256 (Git LFS) digest. */
  readonly hash: string
  readonly algorithm: 'md5' | 'sha256'
  readonly size?: number
  /** Files in a folder output. */
  readonly nfiles?: number
}

export interface DvcArtifact {
  readonly name: string
  readonly type?: string
  /** As written: relative to the dvc.yaml's folder, or a URL. */
  readonly path: string
  readonly line?: number
}

export interface DvcStage {
  readonly name: string
  readonly deps: readonly string[]
  readonly outs: readonly string[]
}

export interface DvcProject {
  readonly file: string
  readonly artifacts: readonly DvcArtifact[]
  readonly stages: readonly DvcStage[]
  /** `metrics:` files, relative to the dvc.yaml's folder. */
  readonly metrics: readonly string[]
}

export interface LockedStage {
  readonly deps: ReadonlyMap<string, PinnedHash | undefined>
  readonly outs: ReadonlyMap<string, PinnedHash | undefined>
  /** params file -> dotted key -> value, as dvc.lock records them. */
  readonly params: ReadonlyMap<string, PlainMap>
}

const map = (v: Plain | undefined): PlainMap => (isPlainMap(v ?? null) ? (v as PlainMap) : {})
const list = (v: Plain | undefined): Plain[] => (Array.isArray(v) ? v : [])

/** A dvc.yaml: its artifacts, its stages' deps and outs, its metrics files. */
export function parseDvcYaml(text: string, file: string): DvcProject {
  const doc = parseDocument(text, file, { format: 'yaml' })
  const root = map(doc.value)
  const artifacts: DvcArtifact[] = []
  for (const [name, value] of Object.entries(map(root.artifacts))) {
    const a = map(value)
    if (typeof a.path !== 'string') continue
    const line = doc.locate(['artifacts', name]).line
    artifacts.push({
      name,
      path: a.path,
      ...(typeof a.type === 'string' ? { type: a.type } : {}),
      ...(line ? { line } : {}),
    })
  }
  const stages = Object.entries(map(root.stages)).map(([name, value]) => {
    const s = map(value)
    return { name, deps: list(s.deps).flatMap(pathOf), outs: list(s.outs).flatMap(pathOf) }
  })
  return { file, artifacts, stages, metrics: list(root.metrics).flatMap(pathOf) }
}

/** `- path` or `- path: {options}` in a deps, outs or metrics list. */
function pathOf(item: Plain): string[] {
  if (typeof item === 'string') return [item]
  if (isPlainMap(item)) return Object.keys(item).slice(0, 1)
  return []
}

/** A dvc.lock: per stage, the hash of every dependency and output and the params values it ran with. */
export function parseDvcLock(text: string, file: string): ReadonlyMap<string, LockedStage> {
  const doc = parseDocument(text, file, { format: 'yaml' })
  const out = new Map<string, LockedStage>()
  for (const [name, value] of Object.entries(map(map(doc.value).stages))) {
    const s = map(value)
    const pins = (items: Plain | undefined) =>
      new Map(
        list(items)
          .map(map)
          .filter((o) => typeof o.path === 'string')
          .map((o) => [o.path as string, pinOf(o)] as const),
      )
    const params = new Map(Object.entries(map(s.params)).map(([f, v]) => [f, map(v)] as const))
    out.set(name, { deps: pins(s.deps), outs: pins(s.outs), params })
  }
  return out
}

function pinOf(o: PlainMap): PinnedHash | undefined {
  const hash = typeof o.md5 === 'string' ? o.md5 : undefined
  if (hash === undefined) return undefined
  return {
    hash,
    algorithm: 'md5',
    ...(typeof o.size === 'number' ? { size: o.size } : {}),
    ...(typeof o.nfiles === 'number' ? { nfiles: o.nfiles } : {}),
  }
}

/** A `.dvc` pointer file: the hash of its one output (`outs[0].md5`; a folder's ends in `.dir`). */
export function parseDvcPointer(text: string, file: string): PinnedHash {
  const doc = parseDocument(text, file, { format: 'yaml' })
  const outs = list(map(doc.value).outs)
  if (outs.length !== 1) {
    throw new InputError(
      doc.locate(['outs']),
      `a .dvc pointer must list exactly one output under 'outs' (it lists ${outs.length})`,
    )
  }
  const first = map(outs[0])
  if (first.hash !== undefined && first.hash !== 'md5') {
    throw new InputError(doc.locate(['outs', 0, 'hash']), `hash ${quote(String(first.hash))} is not md5`)
  }
  const pin = pinOf(first)
  if (!pin) throw new InputError(doc.locate(['outs', 0]), 'outs[0] has no md5 (a hex string)')
  return pin
}

const LFS_VERSION = 'version https://git-lfs.github.com/spec/v1'

/** A Git LFS pointer file: `oid sha256:<hex>` and `size`. */
export function parseLfsPointer(text: string, file: string): PinnedHash {
  const lines = text.split('\n')
  if (text.length > 1024 || lines[0] !== LFS_VERSION) {
    throw new InputError({ file, line: 1 }, `not a Git LFS pointer (no '${LFS_VERSION}' line)`)
  }
  const oidLine = lines.findIndex((l) => l.startsWith('oid '))
  const oid = /^oid sha256:([0-9a-f]{64})$/.exec(lines[oidLine] ?? '')?.[1]
  if (!oid) throw new InputError({ file, line: oidLine + 1 || 1 }, "no 'oid sha256:<64 hex digits>' line")
  const size = /^size (\d+)$/.exec(lines.find((l) => l.startsWith('size ')) ?? '')?.[1]
  return { hash: oid, algorithm: 'sha256', ...(size ? { size: Number(size) } : {}) }
}

/**
 * The stages that make `path` (an output, or a file inside an output folder) and every stage upstream of
 * them, in dvc.yaml order.
 */
export function producingStages(project: DvcProject, path: string): DvcStage[] {
  const within = (p: string, out: string) => p === out || p.startsWith(`${out.replace(/\/$/, '')}/`)
  const chosen = new Set<string>()
  const visit = (p: string) => {
    for (const stage of project.stages) {
      if (chosen.has(stage.name) || !stage.outs.some((o) => within(posix.normalize(p), posix.normalize(o))))
        continue
      chosen.add(stage.name)
      stage.deps.forEach(visit)
    }
  }
  visit(path)
  return project.stages.filter((s) => chosen.has(s.name))
}
