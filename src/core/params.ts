/**
 * `params:` in a manifest: hyperparameters read from the params files a project already keeps (DVC's
 * `params.yaml`, JSON, TOML), all their keys or a selection, flattened to dotted names.
 *
 *   params: [params.yaml]                                   # every key
 *   params: {params.yaml: [train.n_est, train.seed]}        # a selection (a section selects all under it)
 */
import { InputError, quote } from './diagnostics.js'
import { isPlainMap, parseDocument, type Plain, type PlainMap } from './document.js'
import type { FieldReader } from './fields.js'

/** Most params files one manifest may list: each is a read. */
export const MAX_PARAMS_FILES = 16

export interface ParamsSource {
  /** As written: relative to the manifest's folder. */
  readonly file: string
  /** Dotted keys to take; all keys when absent. */
  readonly keys?: readonly string[]
  /** Where the file is listed in the manifest: ['params', 0] or ['params', 'params.yaml']. */
  readonly at: readonly (string | number)[]
}

/** The `params:` key: a list of files, or a mapping of file to a list of keys (null: all keys). */
export function readParams(r: FieldReader, value: Plain | undefined): ParamsSource[] {
  if (value === undefined || value === null) return []
  const out: ParamsSource[] = []
  if (Array.isArray(value)) {
    r.stringList(value, ['params'])?.forEach((file, i) => out.push({ file, at: ['params', i] }))
  } else if (isPlainMap(value)) {
    for (const [file, keys] of Object.entries(value)) {
      const at = ['params', file]
      const list = keys === null ? undefined : r.stringList(keys, at)
      out.push({ file, ...(list ? { keys: list } : {}), at })
    }
  } else {
    r.fail(['params'], 'params must be a list of files or a mapping of file to a list of keys')
  }
  if (out.length > MAX_PARAMS_FILES) {
    r.fail(['params'], `params lists ${out.length} files; at most ${MAX_PARAMS_FILES} are read`)
  }
  return out
}

/** Nested mappings flattened to dotted names; lists and scalars are values. */
export function flattenParams(value: PlainMap, prefix = '', out: PlainMap = {}): PlainMap {
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (isPlainMap(v)) flattenParams(v, key, out)
    else Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/**
 * A params file's values, flattened, restricted to the selected keys (a section selects all below it). A
 * selected key the file lacks is reported through `missing`.
 */
export function paramsOf(
  text: string,
  file: string,
  keys: readonly string[] | undefined,
  missing: (key: string) => void = (key) => {
    throw new InputError({ file }, `params key ${quote(key)} is not in ${file}`)
  },
): PlainMap {
  const doc = parseDocument(text, file)
  if (!isPlainMap(doc.value)) throw new InputError(doc.locate([]), `params file ${file} must be a mapping`)
  const all = flattenParams(doc.value)
  if (keys === undefined) return all
  const out: PlainMap = {}
  for (const key of keys) {
    const under = Object.keys(all).filter((k) => k === key || k.startsWith(`${key}.`))
    if (under.length === 0) missing(key)
    for (const k of under) {
      Object.defineProperty(out, k, { value: all[k], enumerable: true, writable: true, configurable: true })
    }
  }
  return out
}
