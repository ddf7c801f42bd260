/** Turning files into comparable model versions: a manifest plus its metrics files, merged. */
import { InputError, errorMessage, formatPosition, quote } from '../core/diagnostics.js'
import type { ParsedDocument, PlainMap } from '../core/document.js'
import type { ModelVersion } from '../core/compare.js'
import { parseManifest, validateManifest, type Manifest } from '../core/manifest.js'
import {
  parseMetricsFile,
  type LocatedMetric,
  type MetricValue,
  type SkippedMetric,
} from '../core/metrics.js'
import { posix } from 'node:path'
import { pathMatcher } from '../core/glob.js'
import { METRIC_LIMITS, tooManyMetricsError } from './metric-budget.js'
import type { SourceReader } from './ports.js'
import { isModelCard, parseModelCard } from '../core/model-card.js'
import { resolveReferences } from './resolve-references.js'
import { implicitManifestsAt, isDvcYaml, isImplicitPath } from './implicit-manifest.js'

export type VersionResult =
  | { readonly ok: true; readonly version: ModelVersion }
  | { readonly ok: false; readonly errors: readonly InputError[]; readonly name?: string }

/**
 * Parse a manifest and read its metrics files with `read` (paths relative to the manifest's folder).
 * Every metric has one source: a name written in two metrics files, or in a file and in the manifest, is
 * an error naming both, never last-one-wins.
 */
export async function loadModelVersion(
  text: string,
  path: string,
  read: (path: string) => Promise<string | undefined>,
): Promise<VersionResult> {
  const parsed = parseManifest(text, path)
  if (!parsed.ok) return parsed
  return versionOf(parsed.manifest, read)
}

/** A parsed manifest with its metrics files read (`read` takes repository paths). */
export async function versionOf(
  written: Manifest,
  read: (path: string) => Promise<string | undefined>,
): Promise<VersionResult> {
  // params files and dvc/lfs pointers are read into the snapshot first: their values are the model's.
  const resolved = await resolveReferences(written, read)
  if (!resolved.ok) return { ok: false, errors: resolved.errors, name: written.name }
  const manifest = resolved.manifest
  const path = manifest.file
  const metrics = new Map<string, LocatedMetric>(manifest.metrics)
  const skipped: SkippedMetric[] = []
  const errors: InputError[] = []
  for (const [i, rel] of manifest.metricsFiles.entries()) {
    const file = posix.normalize(posix.join(posix.dirname(path), rel))
    const where = { file: path, line: manifest.lineOf(['metrics_files', i]) }
    try {
      const body = await read(file)
      if (body === undefined) {
        errors.push(new InputError(where, `metrics file ${file} does not exist`))
        continue
      }
      const parsedFile = isModelCard(file) ? parseModelCard(body, file) : parseMetricsFile(body, file)
      if (metrics.size + parsedFile.metrics.size > METRIC_LIMITS.perModel) {
        errors.push(tooManyMetricsError(where, metrics.size + parsedFile.metrics.size))
        break
      }
      skipped.push(...parsedFile.skipped)
      for (const [name, m] of parsedFile.metrics) {
        const earlier = metrics.get(name)
        if (earlier) errors.push(twoSources(name, m, earlier))
        else metrics.set(name, m)
      }
    } catch (error) {
      errors.push(
        error instanceof InputError
          ? error
          : new InputError(where, `cannot read ${file}: ${errorMessage(error)}`),
      )
    }
  }
  if (errors.length) return { ok: false, errors, name: manifest.name }
  if (metrics.size > METRIC_LIMITS.perModel) {
    return { ok: false, errors: [tooManyMetricsError({ file: path }, metrics.size)], name: manifest.name }
  }
  return { ok: true, version: { manifest, metrics, ...(skipped.length ? { skipped } : {}) } }
}

function twoSources(name: string, m: LocatedMetric, earlier: LocatedMetric): InputError {
  const at = (x: LocatedMetric) => formatPosition({ file: x.file, ...(x.line ? { line: x.line } : {}) })
  return new InputError(
    { file: m.file, ...(m.line ? { line: m.line } : {}) },
    `metric ${quote(name)} is also written at ${at(earlier)}: a metric must have one source`,
  )
}

/** A manifest snapshot as stored in the registry, validated again (the registry is data, not trust). */
export function manifestFromSnapshot(snapshot: PlainMap, file: string): Manifest {
  const doc: ParsedDocument = { file, value: snapshot, locate: () => ({ file }) }
  const result = validateManifest(doc)
  if (!result.ok) throw result.errors[0] ?? new InputError({ file }, 'invalid manifest snapshot')
  return result.manifest
}

export function metricsFromRecord(record: Readonly<Record<string, MetricValue>>, file: string) {
  return new Map<string, LocatedMetric>(Object.entries(record).map(([k, metric]) => [k, { metric, file }]))
}

/**
 * The version at ref of the model a check reports under path: a manifest file, or an implicit DVC manifest
 * (`dvc.yaml:NAME`), versioned `implicitVersion` (the version the check reported for it) when given, else
 * labelled by commit. Undefined when it is not there.
 */
export async function versionAtPath(
  source: SourceReader,
  ref: string,
  path: string,
  implicitVersion?: string,
): Promise<VersionResult | undefined> {
  const read = (p: string) => source.readFile(ref, p)
  if (!isImplicitPath(path)) {
    const text = await read(path)
    return text === undefined ? undefined : loadModelVersion(text, path, read)
  }
  const colon = path.lastIndexOf(':')
  const [dvcYaml, name] = [path.slice(0, colon), path.slice(colon + 1)]
  const version = implicitVersion === undefined ? undefined : () => implicitVersion
  const models = await implicitManifestsAt(source, ref, dvcYaml, await source.listFiles(ref), version)
  const found = models.find((m) => m.name === name)
  if (!found) return undefined
  if (!found.manifest) return { ok: false, errors: found.errors ?? [], name }
  return versionOf(found.manifest, read)
}

/**
 * The manifest of a model at a commit: at the expected path if it names that model there, else the first
 * file matching the manifests glob that does (a model may move between versions), else the implicit DVC
 * manifest of a dvc.yaml artifact of that name (versioned `registeredVersion` when the caller knows it).
 */
export async function findModelVersion(
  source: SourceReader,
  ref: string,
  name: string,
  manifests: string,
  expectedPath?: string,
  registeredVersion?: string,
): Promise<VersionResult | undefined> {
  const at = async (path: string) => {
    const text = await source.readFile(ref, path)
    return text === undefined ? undefined : loadModelVersion(text, path, (p) => source.readFile(ref, p))
  }
  if (expectedPath && !isImplicitPath(expectedPath)) {
    const found = await at(expectedPath)
    if (found && (!found.ok || found.version.manifest.name === name)) return found
  }
  const isManifest = pathMatcher(manifests)
  const files = await source.listFiles(ref)
  for (const path of files.filter(isManifest).sort()) {
    if (path === expectedPath) continue
    const found = await at(path).catch(() => undefined)
    if (found?.ok && found.version.manifest.name === name) return found
  }
  return implicitModelVersion(source, ref, name, files, registeredVersion)
}

/** The implicit manifest of a dvc.yaml artifact named `name` at ref, with its files read. */
async function implicitModelVersion(
  source: SourceReader,
  ref: string,
  name: string,
  files: readonly string[],
  registeredVersion?: string,
): Promise<VersionResult | undefined> {
  const version = registeredVersion === undefined ? undefined : () => registeredVersion
  for (const dvcYaml of files.filter(isDvcYaml).sort()) {
    const models = await implicitManifestsAt(source, ref, dvcYaml, files, version).catch(() => [])
    const found = models.find((m) => m.name === name)
    if (!found) continue
    if (!found.manifest) return { ok: false, errors: found.errors ?? [], name }
    return versionOf(found.manifest, (p) => source.readFile(ref, p))
  }
  return undefined
}
