/**
 * The files a manifest points to, read into its snapshot, so that what the registry records and what "What
 * changed" diffs are the values, not the file names:
 * - `params:` files: their values (flattened to dotted names) join `hyperparameters`;
 * - `dvc:` pointers of data entries and weights: the `.dvc` file's output hash becomes `md5` (a folder's
 *   ends in `.dir`), with `size` and `nfiles`;
 * - `lfs:` pointers: the Git LFS pointer's oid becomes `sha256`, with `size`.
 * A value written in the manifest and read from a file must agree: one source, as for metrics.
 */
import { InputError, errorMessage, quote } from '../core/diagnostics.js'
import { isPlainMap, type Plain, type PlainMap } from '../core/document.js'
import { parseDvcPointer, parseLfsPointer, type PinnedHash } from '../core/dvc.js'
import type { DataEntry, Manifest } from '../core/manifest.js'
import { flattenParams, paramsOf } from '../core/params.js'
import { posix } from 'node:path'

type Read = (path: string) => Promise<string | undefined>

export type Resolved =
  | { readonly ok: true; readonly manifest: Manifest }
  | { readonly ok: false; readonly errors: readonly InputError[] }

export async function resolveReferences(manifest: Manifest, read: Read): Promise<Resolved> {
  const errors: InputError[] = []
  const dir = posix.dirname(manifest.file)
  const where = (at: readonly (string | number)[]) => {
    const line = manifest.lineOf(at)
    return { file: manifest.file, ...(line ? { line } : {}) }
  }
  const fetch = async (rel: string, at: readonly (string | number)[], what: string) => {
    const path = posix.normalize(posix.join(dir, rel))
    const text = await read(path).catch((error: unknown) => {
      errors.push(new InputError(where(at), `cannot read ${path}: ${errorMessage(error)}`))
      return null
    })
    if (text === undefined) errors.push(new InputError(where(at), `${what} ${path} does not exist`))
    return typeof text === 'string' ? { path, text } : undefined
  }
  const snapshot: PlainMap = { ...manifest.snapshot }
  const hyper = await readAllParams(manifest, fetch, errors, where)
  if (hyper) snapshot.hyperparameters = hyper
  const data: DataEntry[] = []
  for (const [i, entry] of manifest.data.entries()) {
    const at = dataIndex(manifest.snapshot, entry.name, i)
    const pin = await readPointer(entry, ['data', at], fetch, errors, where)
    data.push(pin ? { ...entry, ...pinFields(pin) } : entry)
    if (pin && Array.isArray(snapshot.data)) {
      snapshot.data = snapshot.data.map((d, j) =>
        j === at && isPlainMap(d) ? { ...d, ...pinFields(pin) } : d,
      )
    }
  }
  if (isPlainMap(manifest.snapshot.weights ?? null)) {
    const weights = manifest.snapshot.weights as PlainMap
    const pin = await readPointer(weights, ['weights'], fetch, errors, where)
    if (pin) snapshot.weights = { ...weights, ...pinFields(pin) }
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, manifest: { ...manifest, data, snapshot } }
}

type Fetch = (
  rel: string,
  at: readonly (string | number)[],
  what: string,
) => Promise<{ path: string; text: string } | undefined>
type Where = (at: readonly (string | number)[]) => { file: string; line?: number }

/** The params files' values merged with the manifest's own hyperparameters; a key written twice is an error. */
async function readAllParams(manifest: Manifest, fetch: Fetch, errors: InputError[], where: Where) {
  if (manifest.params.length === 0) return undefined
  const own = manifest.snapshot.hyperparameters
  const merged: PlainMap = isPlainMap(own ?? null) ? flattenParams(own as PlainMap) : {}
  const from = new Map<string, string>(
    Object.keys(merged).map((k) => [k, `${manifest.file} hyperparameters`]),
  )
  for (const source of manifest.params) {
    const file = await fetch(source.file, source.at, 'params file')
    if (!file) continue
    try {
      const missing = (key: string) =>
        errors.push(new InputError(where(source.at), `params key ${quote(key)} is not in ${file.path}`))
      for (const [key, value] of Object.entries(paramsOf(file.text, file.path, source.keys, missing))) {
        const earlier = from.get(key)
        if (earlier) {
          errors.push(
            new InputError(
              where(source.at),
              `hyperparameter ${quote(key)} is in ${file.path} and in ${earlier}`,
            ),
          )
          continue
        }
        from.set(key, file.path)
        Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true })
      }
    } catch (error) {
      errors.push(error instanceof InputError ? error : new InputError(where(source.at), errorMessage(error)))
    }
  }
  return merged
}

/** The hash a `dvc:` or `lfs:` pointer records; a hash also written beside it must be the same. */
async function readPointer(
  entry: Partial<Record<'dvc' | 'lfs' | 'md5' | 'sha256', Plain>>,
  at: readonly (string | number)[],
  fetch: Fetch,
  errors: InputError[],
  where: Where,
): Promise<PinnedHash | undefined> {
  const kind = typeof entry.dvc === 'string' ? 'dvc' : typeof entry.lfs === 'string' ? 'lfs' : undefined
  if (!kind) return undefined
  const file = await fetch(entry[kind] as string, [...at, kind], `${kind} pointer`)
  if (!file) return undefined
  try {
    const pin = kind === 'dvc' ? parseDvcPointer(file.text, file.path) : parseLfsPointer(file.text, file.path)
    const written = entry[pin.algorithm]
    if (typeof written === 'string' && written !== pin.hash) {
      errors.push(
        new InputError(
          where([...at, pin.algorithm]),
          `${pin.algorithm} ${written} disagrees with ${file.path} (${pin.hash})`,
        ),
      )
      return undefined
    }
    return pin
  } catch (error) {
    errors.push(
      error instanceof InputError ? error : new InputError(where([...at, kind]), errorMessage(error)),
    )
    return undefined
  }
}

function pinFields(pin: PinnedHash): Record<string, string | number> {
  return {
    [pin.algorithm]: pin.hash,
    ...(pin.size !== undefined ? { size: pin.size } : {}),
    ...(pin.nfiles !== undefined ? { nfiles: pin.nfiles } : {}),
  }
}

function dataIndex(snapshot: PlainMap, name: string, fallback: number): number {
  const items = snapshot.data
  if (!Array.isArray(items)) return fallback
  const i = items.findIndex((d) => isPlainMap(d) && d.name === name)
  return i === -1 ? fallback : i
}

/** Every repository path the manifest points to (params files, pointers, metrics files), to read them together. */
export function referencedFiles(manifest: Manifest): string[] {
  const dir = posix.dirname(manifest.file)
  const rel: string[] = [...manifest.params.map((p) => p.file), ...manifest.metricsFiles]
  const pointers = [
    ...manifest.data,
    ...(isPlainMap(manifest.snapshot.weights ?? null) ? [manifest.snapshot.weights as PlainMap] : []),
  ]
  for (const entry of pointers as Partial<Record<'dvc' | 'lfs', Plain>>[]) {
    const pointer = typeof entry.dvc === 'string' ? entry.dvc : entry.lfs
    if (typeof pointer === 'string') rel.push(pointer)
  }
  return rel.map((r) => posix.normalize(posix.join(dir, r)))
}
