/** The model manifest (`model.yaml`): parse, validate, and hold the snapshot of one model version. */
import { InputError, quote } from './diagnostics.js'
import { posix } from 'node:path'
import { isPlainMap, parseDocument, type ParsedDocument, type Plain, type PlainMap } from './document.js'
import { FieldReader } from './fields.js'
import { flattenMetrics, type LocatedMetric } from './metrics.js'
import { nameProblem, parseSemVer } from './names.js'
import { readParams, type ParamsSource } from './params.js'

export const DATA_ROLES = ['train', 'eval', 'test', 'other'] as const
export type DataRole = (typeof DATA_ROLES)[number]

/** Ways an artifact (a data set, the weights) is pinned: a content hash, or a DVC / Git LFS pointer. */
export const ARTIFACT_PINS = ['sha256', 'md5', 'dvc', 'lfs'] as const

/** What a pointer file also records, written into the snapshot when the pointer is read. */
export const ARTIFACT_SIZES = ['size', 'nfiles'] as const

export interface DataEntry {
  readonly name: string
  readonly role: DataRole
  readonly uri?: string
  readonly sha256?: string
  readonly md5?: string
  readonly dvc?: string
  readonly lfs?: string
}

export interface Manifest {
  readonly file: string
  readonly name: string
  readonly version: string
  readonly description?: string
  readonly data: readonly DataEntry[]
  readonly metricsFiles: readonly string[]
  /** `params:` files whose values become hyperparameters (read with the metrics files). */
  readonly params: readonly ParamsSource[]
  /** Files of the repository this version is made of, besides the manifest (see references.ts). */
  readonly references: readonly Reference[]
  readonly evaluationDataset?: string
  /** Metrics written in the manifest itself, flattened; metrics files are merged in by the caller. */
  readonly metrics: ReadonlyMap<string, LocatedMetric>
  /** The whole document as written: the snapshot kept in the registry and diffed against production. */
  readonly snapshot: PlainMap
  /** Line of a top-level key, for annotations. */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined
}

export const MANIFEST_KEYS = [
  'name',
  'version',
  'description',
  'architecture',
  'hyperparameters',
  'data',
  'weights',
  'metrics',
  'metrics_files',
  'params',
  'evaluation',
  'deployment',
] as const

/** Most metrics files one manifest may list: each is a read (an API call in the action). */
export const MAX_METRICS_FILES = 16

/** A file of the repository that a manifest references: a change to it is a change to the model. */
export interface Reference {
  /** Repository path, resolved against the manifest's folder. */
  readonly path: string
  /** What references it: `metrics_files[0]`, `data[1].dvc`, `weights.lfs`. */
  readonly key: string
  readonly line?: number
}

export type ManifestResult =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly errors: readonly InputError[]; readonly name?: string }

export function parseManifest(text: string, file: string): ManifestResult {
  let doc: ParsedDocument
  try {
    doc = parseDocument(text, file)
  } catch (error) {
    if (error instanceof InputError) return { ok: false, errors: [error] }
    throw error
  }
  return validateManifest(doc)
}

export function validateManifest(doc: ParsedDocument): ManifestResult {
  const r = new FieldReader(doc)
  const root = doc.value
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return { ok: false, errors: [new InputError(doc.locate([]), 'a manifest must be a mapping')] }
  }
  r.onlyKeys(root, [], MANIFEST_KEYS)

  const name = readName(r, root)
  const rawVersion = readVersion(r, root)
  const description = r.string(root.description, ['description'])
  r.map(root.architecture, ['architecture'])
  r.map(root.hyperparameters, ['hyperparameters'])
  r.map(root.deployment, ['deployment'])

  const dir = posix.dirname(doc.file)
  const data = readData(r, root.data, dir)
  const weights = readArtifact(r, root.weights, ['weights'], dir)
  const metricsFiles = readMetricsFiles(r, root.metrics_files, dir)
  const params = readParams(r, root.params)
  params.forEach((p) => {
    if (!insideRepository(p.file, dir)) r.fail(p.at, leavesMessage('params file', p.file, dir))
  })
  const evaluationDataset = readEvaluation(r, root.evaluation, data)
  const metrics = flattenMetrics(r, root.metrics, ['metrics'], 'strict')

  if (r.errors.length > 0 || name === undefined || rawVersion === undefined) {
    return { ok: false, errors: r.errors, ...(name && !nameProblem(name) ? { name } : {}) }
  }
  return {
    ok: true,
    manifest: {
      file: doc.file,
      name,
      version: rawVersion,
      ...(description !== undefined ? { description } : {}),
      data,
      metricsFiles,
      params,
      references: [
        ...referencesOf(doc, metricsFiles, data, weights),
        ...params.map((p) => ({ path: posix.normalize(posix.join(dir, p.file)), key: `params[${p.file}]` })),
      ],
      ...(evaluationDataset !== undefined ? { evaluationDataset } : {}),
      metrics,
      snapshot: root,
      lineOf: (path) => doc.locate(path).line,
    },
  }
}

function readName(r: FieldReader, root: PlainMap): string | undefined {
  const name = r.string(root.name, ['name'])
  if (root.name === undefined || root.name === null) r.fail([], "missing required key 'name'")
  else if (name !== undefined) {
    const problem = nameProblem(name)
    if (problem) r.fail(['name'], `name ${quote(name)} ${problem}`)
  }
  return name
}

function readVersion(r: FieldReader, root: PlainMap): string | undefined {
  const rawVersion = typeof root.version === 'number' ? undefined : r.string(root.version, ['version'])
  if (root.version === undefined || root.version === null) r.fail([], "missing required key 'version'")
  else if (typeof root.version === 'number') {
    r.fail(['version'], `version must be a SemVer string such as '1.2.0' (quote it in YAML)`)
  } else if (rawVersion !== undefined && !parseSemVer(rawVersion)) {
    r.fail(
      ['version'],
      `version ${quote(rawVersion)} is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)`,
    )
  }
  return rawVersion
}

/** The evaluation section: its dataset must name a data entry. Returns that dataset's name. */
function readEvaluation(
  r: FieldReader,
  value: Plain | undefined,
  data: readonly { readonly name: string }[],
): string | undefined {
  const evaluation = r.map(value, ['evaluation'])
  if (!evaluation) return undefined
  r.onlyKeys(evaluation, ['evaluation'], ['dataset', 'environment'])
  const dataset = r.string(evaluation.dataset, ['evaluation', 'dataset'])
  r.map(evaluation.environment, ['evaluation', 'environment'])
  if (dataset !== undefined && !data.some((d) => d.name === dataset)) {
    r.fail(['evaluation', 'dataset'], `evaluation.dataset ${quote(dataset)} names no data entry`)
  }
  return dataset
}

function readMetricsFiles(r: FieldReader, value: Plain | undefined, dir: string): string[] {
  const metricsFiles = r.stringList(value, ['metrics_files']) ?? []
  if (metricsFiles.length > MAX_METRICS_FILES) {
    r.fail(
      ['metrics_files'],
      `metrics_files lists ${metricsFiles.length} files; at most ${MAX_METRICS_FILES} are read`,
    )
  }
  metricsFiles.forEach((path, i) => {
    if (!insideRepository(path, dir)) {
      r.fail(['metrics_files', i], leavesMessage('metrics file', path, dir))
    } else if (metricsFiles.indexOf(path) !== i) {
      r.fail(['metrics_files', i], `metrics file ${quote(path)} is listed twice`)
    }
  })
  return metricsFiles
}

function readData(r: FieldReader, value: Plain | undefined, dir: string): DataEntry[] {
  const items = r.list(value, ['data'])
  if (!items) return []
  const out: DataEntry[] = []
  const seen = new Set<string>()
  items.forEach((item, i) => {
    const path = ['data', i]
    const entry = r.map(item, path)
    if (!entry) {
      if (item === null) r.fail(path, `data[${i}] must be a mapping`)
      return
    }
    r.onlyKeys(entry, path, ['name', 'role', 'uri', ...ARTIFACT_PINS, ...ARTIFACT_SIZES])
    for (const key of ARTIFACT_SIZES) r.number(entry[key], [...path, key])
    const name = r.string(entry.name, [...path, 'name'])
    if (entry.name === undefined) r.fail(path, `data[${i}] is missing required key 'name'`)
    const role = r.string(entry.role, [...path, 'role']) ?? 'other'
    if (!(DATA_ROLES as readonly string[]).includes(role)) {
      r.fail([...path, 'role'], `data[${i}].role ${quote(role)} must be one of ${DATA_ROLES.join(', ')}`)
    }
    const pins: Record<string, string> = {}
    for (const key of ['uri', ...ARTIFACT_PINS] as const) {
      const v = r.string(entry[key], [...path, key])
      if (v !== undefined) pins[key] = v
    }
    checkPointers(r, pins, path, dir)
    if (name !== undefined) {
      if (seen.has(name)) r.fail([...path, 'name'], `duplicate data entry ${quote(name)}`)
      seen.add(name)
      out.push({ name, role: role as DataRole, ...pins })
    }
  })
  return out
}

function readArtifact(
  r: FieldReader,
  value: Plain | undefined,
  path: string[],
  dir: string,
): Record<string, string> {
  const map = r.map(value, path)
  const pins: Record<string, string> = {}
  if (!map) return pins
  for (const key of ARTIFACT_SIZES) r.number(map[key], [...path, key])
  for (const key of ['uri', ...ARTIFACT_PINS]) {
    const v = r.string(map[key], [...path, key])
    if (v !== undefined) pins[key] = v
  }
  checkPointers(r, pins, path, dir)
  return pins
}

/** Pointer files are read from the repository: they must be relative paths inside it. */
function checkPointers(
  r: FieldReader,
  pins: Record<string, string>,
  path: (string | number)[],
  dir: string,
): void {
  for (const key of POINTERS) {
    const p = pins[key]
    if (p !== undefined && !insideRepository(p, dir)) {
      r.fail([...path, key], leavesMessage(`${key} pointer`, p, dir))
    }
  }
}

const POINTERS = ['dvc', 'lfs'] as const

/**
 * A relative path that, resolved against the manifest's folder `dir`, stays inside the repository: '..' is
 * allowed as long as the normalized path does not climb out. No leading '/', no backslash, no NUL.
 */
export function insideRepository(path: string, dir = '.'): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false
  const resolved = posix.normalize(posix.join(dir, path))
  return resolved !== '..' && !resolved.startsWith('../') && resolved !== '.'
}

function leavesMessage(what: string, path: string, dir: string): string {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
    return `${what} ${quote(path)} must be a relative path inside the repository`
  const from = dir === '.' ? 'the repository root' : `${dir}/`
  return `${what} ${quote(path)} leaves the repository (resolved from ${from})`
}

/** Every file the manifest references, resolved against its folder: metrics files and pointer files. */
function referencesOf(
  doc: ParsedDocument,
  metricsFiles: readonly string[],
  data: readonly DataEntry[],
  weights: Record<string, string>,
): Reference[] {
  const dir = posix.dirname(doc.file)
  const out: Reference[] = []
  const add = (rel: string, key: string, at: (string | number)[]) => {
    if (!insideRepository(rel, dir)) return
    const line = doc.locate(at).line
    out.push({ path: posix.normalize(posix.join(dir, rel)), key, ...(line ? { line } : {}) })
  }
  metricsFiles.forEach((p, i) => add(p, `metrics_files[${i}]`, ['metrics_files', i]))
  const items = Array.isArray(doc.value) ? [] : ((doc.value as PlainMap).data as Plain[] | undefined)
  data.forEach((d) => {
    const i = Array.isArray(items) ? items.findIndex((x) => isPlainMap(x) && x.name === d.name) : -1
    for (const key of POINTERS) {
      const p = d[key]
      if (p !== undefined) add(p, `data[${d.name}].${key}`, ['data', i, key])
    }
  })
  for (const key of POINTERS) {
    const p = weights[key]
    if (p !== undefined) add(p, `weights.${key}`, ['weights', key])
  }
  return out
}
