/**
 * DVC projects without a model.yaml: each `artifacts:` entry of `type: model` in a `dvc.yaml` is an implicit
 * manifest (docs/dvc-and-gto.md documents the mapping):
 * - name: the artifact's name; path `dvc.yaml:NAME` (GTO's own notation for an artifact of a dvc.yaml);
 * - hyperparameters: the params dvc.lock records for the stages that make the artifact's path and the stages
 *   upstream of them;
 * - data: those stages' dependencies, each with its hash from dvc.lock (or its `.dvc` pointer, when it has one);
 * - weights: the artifact's path, with its output hash from dvc.lock (or its `.dvc` pointer); weights committed
 *   to git as they are count as a reference (a change to them checks the model) but have no hash here;
 * - metrics_files: the dvc.yaml's `metrics:` files that are in git at that commit;
 * - version: the GTO registration of that commit when the caller knows it (status, and the check with GTO
 *   production), else labelled by commit;
 * The check also compares the params files with what dvc.lock records (params-drift.ts).
 * An explicit manifest of the same name wins: the implicit one is not listed.
 */
import { posix } from 'node:path'
import { InputError, errorMessage } from '../core/diagnostics.js'
import type { ParsedDocument, Plain, PlainMap } from '../core/document.js'
import {
  parseDvcLock,
  parseDvcYaml,
  producingStages,
  type DvcArtifact,
  type DvcProject,
  type LockedStage,
  type PinnedHash,
} from '../core/dvc.js'
import { pathMatcher } from '../core/glob.js'
import { validateManifest, type Reference } from '../core/manifest.js'
import { flattenParams } from '../core/params.js'
import { yamlLib } from '../core/lazy-libs.js'
import { mapLimit } from './concurrency.js'
import type { RecordedParams } from './params-drift.js'
import type { SourceReader } from './ports.js'
import { notOverridden, readManifestAt, type ManifestAt } from './targets.js'

/** The path an implicit manifest is reported under: `dvc.yaml:churn`, `models/dvc.yaml:segment`. */
export function implicitPath(dvcYaml: string, name: string): string {
  return `${dvcYaml}:${name}`
}

/** True for the path of an implicit manifest (no file of that name exists to read). */
export function isImplicitPath(path: string): boolean {
  return /(^|\/)dvc\.yaml:[^/]+$/.test(path)
}

export const isDvcYaml = (path: string) => path === 'dvc.yaml' || path.endsWith('/dvc.yaml')

/** The version GTO registered for a model at a commit, when there is one. */
export type RegisteredVersion = (name: string) => string | undefined | Promise<string | undefined>

export interface ModelsAtOptions {
  /** Glob(s) of explicit manifest paths. */
  readonly manifests: string
  /** The version GTO registered for a model at this commit, when known. */
  readonly registeredVersion?: RegisteredVersion
  readonly concurrency?: number
}

/**
 * Every model at a commit: the explicit manifests matching the glob, and the implicit DVC manifests of every
 * dvc.yaml (those whose name no explicit manifest declares), in path order. Invalid files are listed with
 * their errors. Used by the check (every model a change may touch) and by `adopt` / `status`.
 */
export async function findModelsAt(
  source: SourceReader,
  ref: string,
  options: ModelsAtOptions,
): Promise<ManifestAt[]> {
  const files = await source.listFiles(ref)
  const isManifest = pathMatcher(options.manifests)
  const limit = options.concurrency ?? 8
  const manifests = files.filter(isManifest).sort()
  await source.prefetch?.(ref, manifests)
  const explicit = await mapLimit(manifests, limit, (p) => readManifestAt(source, ref, p))
  const found = explicit.filter((m): m is ManifestAt => m !== undefined)
  const implicit = await implicitModelsAt(source, ref, files, limit, options.registeredVersion)
  return [...found, ...notOverridden(found, implicit)].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )
}

/**
 * The implicit manifests of every dvc.yaml at a commit (files: every path there), in path order, those an
 * explicit manifest of the same name overrides included.
 */
export async function implicitModelsAt(
  source: SourceReader,
  ref: string,
  files: readonly string[],
  limit: number,
  registeredVersion?: RegisteredVersion,
): Promise<ManifestAt[]> {
  const known = new Set(files)
  const implicit = await mapLimit(files.filter(isDvcYaml).sort(), limit, (p) =>
    implicitManifestsAt(source, ref, p, known, registeredVersion),
  )
  return implicit.flat()
}

/** The implicit manifests of one dvc.yaml at a commit (one per `type: model` artifact). */
export async function implicitManifestsAt(
  source: SourceReader,
  ref: string,
  dvcYaml: string,
  files: readonly string[] | ReadonlySet<string>,
  registeredVersion?: RegisteredVersion,
): Promise<ManifestAt[]> {
  const text = await source.readFile(ref, dvcYaml)
  if (text === undefined) return []
  const label = `0.0.0+commit.${ref.slice(0, 12).replace(/[^0-9a-zA-Z-]/g, '-')}`
  const known = files instanceof Set ? files : new Set(files)
  const io = { read: (p: string) => source.readFile(ref, p), exists: (p: string) => known.has(p) }
  return implicitManifestsOf(text, dvcYaml, io, async (name) => (await registeredVersion?.(name)) ?? label)
}

export interface ProjectFiles {
  read(path: string): Promise<string | undefined>
  exists(path: string): boolean | Promise<boolean>
}

/** The implicit manifests of a dvc.yaml's text; a broken file is one entry with its error. */
export async function implicitManifestsOf(
  text: string,
  dvcYaml: string,
  io: ProjectFiles,
  versionOf: (name: string) => string | Promise<string>,
): Promise<ManifestAt[]> {
  try {
    const project = parseDvcYaml(text, dvcYaml)
    const models = project.artifacts.filter((a) => a.type === 'model')
    if (models.length === 0) return []
    const dir = posix.dirname(dvcYaml)
    const lockPath = posix.join(dir, 'dvc.lock')
    const lockText = (await io.exists(lockPath)) ? await io.read(lockPath) : undefined
    const lock = lockText === undefined ? new Map<string, LockedStage>() : parseDvcLock(lockText, lockPath)
    const repo = (rel: string) => posix.normalize(posix.join(dir, rel))
    const wanted = [
      ...project.metrics,
      ...project.stages.flatMap((s) => s.deps.map((d) => `${d}.dvc`)),
      ...models.flatMap((a) => [a.path, `${a.path}.dvc`]),
    ]
    const present = new Set<string>()
    for (const rel of new Set(wanted)) if (await io.exists(repo(rel))) present.add(repo(rel))
    const p: Project = { project, lock, dir, present, hasLock: lockText !== undefined }
    const out: ManifestAt[] = []
    for (const a of models) out.push(deriveOne(p, a, await versionOf(a.name)))
    return out
  } catch (error) {
    const e = error instanceof InputError ? error : new InputError({ file: dvcYaml }, errorMessage(error))
    return [{ path: dvcYaml, text, errors: [e] }]
  }
}

interface Project {
  readonly project: DvcProject
  readonly lock: ReadonlyMap<string, LockedStage>
  readonly dir: string
  /** Which of the metrics files and `.dvc` pointers the project could use exist (repository paths). */
  readonly present: ReadonlySet<string>
  readonly hasLock: boolean
}

/** One artifact as a manifest, validated like a written one, with the DVC files it comes from as references. */
function deriveOne(p: Project, artifact: DvcArtifact, version: string): ManifestAt {
  const snapshot = implicitSnapshot(p, artifact, version)
  const file = implicitPath(p.project.file, artifact.name)
  const where = { file: p.project.file, ...(artifact.line ? { line: artifact.line } : {}) }
  const doc: ParsedDocument = { file, value: snapshot, locate: () => where }
  const result = validateManifest(doc)
  const text = yamlLib().stringify(snapshot)
  if (!result.ok) return { path: file, text, errors: result.errors, name: artifact.name }
  const repo = (rel: string) => posix.normalize(posix.join(p.dir, rel))
  const stages = producingStages(p.project, artifact.path)
  const extra: Reference[] = [
    { path: p.project.file, key: 'dvc.yaml', ...(artifact.line ? { line: artifact.line } : {}) },
    ...(p.hasLock ? [{ path: repo('dvc.lock'), key: 'dvc.lock' }] : []),
    ...paramsFiles(p, stages).map((f) => ({ path: repo(f), key: `params ${f}` })),
    // Weights committed to git as they are (no dvc.lock, no pointer): a new file is a new model.
    ...(p.present.has(repo(artifact.path)) ? [{ path: repo(artifact.path), key: 'weights' }] : []),
  ]
  const manifest = { ...result.manifest, references: [...result.manifest.references, ...extra] }
  const recordedParams = recordedParamsOf(p, stages)
  return {
    path: file,
    text,
    manifest,
    name: artifact.name,
    ...(recordedParams.length ? { recordedParams } : {}),
  }
}

/** What each producing stage ran with, per params file (repository paths), for paramsDrift. */
function recordedParamsOf(p: Project, stages: readonly { name: string }[]): RecordedParams[] {
  const repo = (rel: string) => posix.normalize(posix.join(p.dir, rel))
  const inside = (path: string) => path !== '..' && !path.startsWith('../')
  return stages.flatMap((s) =>
    [...(p.lock.get(s.name)?.params ?? [])]
      .map(([file, values]) => ({ stage: s.name, path: repo(file), values: flattenParams(values) }))
      .filter((r) => inside(r.path)),
  )
}

function paramsFiles(p: Project, stages: readonly { name: string }[]): string[] {
  return [...new Set(stages.flatMap((s) => [...(p.lock.get(s.name)?.params.keys() ?? [])]))].sort()
}

/** The manifest document an artifact stands for (what `validate dvc.yaml` prints). */
function implicitSnapshot(p: Project, artifact: DvcArtifact, version: string): PlainMap {
  const stages = producingStages(p.project, artifact.path)
  const hyperparameters: PlainMap = {}
  for (const s of stages) {
    for (const values of p.lock.get(s.name)?.params.values() ?? []) Object.assign(hyperparameters, values)
  }
  const deps = [...new Set(stages.flatMap((s) => s.deps))]
  const data = deps.map((dep) => ({
    name: dep,
    role: 'train',
    ...pinned(p, dep, stages.map((s) => p.lock.get(s.name)?.deps.get(dep)).find(Boolean)),
  }))
  const out = stages.map((s) => p.lock.get(s.name)?.outs.get(artifact.path)).find(Boolean)
  const weights = { uri: artifact.path, ...pinned(p, artifact.path, out) }
  const metrics = p.project.metrics.filter((m) => p.present.has(posix.normalize(posix.join(p.dir, m))))
  return {
    name: artifact.name,
    version,
    ...(Object.keys(hyperparameters).length ? { hyperparameters } : {}),
    ...(data.length ? { data } : {}),
    weights,
    ...(metrics.length ? { metrics_files: metrics } : {}),
  }
}

/** A `.dvc` pointer when the path has one in git, else the hash dvc.lock records. */
function pinned(p: Project, path: string, lock: PinnedHash | undefined): Record<string, Plain> {
  const pointer = `${path}.dvc`
  if (p.present.has(posix.normalize(posix.join(p.dir, pointer)))) return { dvc: pointer }
  if (!lock) return {}
  return {
    md5: lock.hash,
    ...(lock.size !== undefined ? { size: lock.size } : {}),
    ...(lock.nfiles !== undefined ? { nfiles: lock.nfiles } : {}),
  }
}
