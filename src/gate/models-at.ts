/**
 * Every model declared at a commit, read from the manifests the glob finds there. This is the one place
 * `status` and `adopt` ask "which models are there?": the implicit manifests of DVC projects (issue 9, part A)
 * plug in here.
 */
import type { InputError } from '../core/diagnostics.js'
import { pathMatcher } from '../core/glob.js'
import type { ModelVersion } from '../core/compare.js'
import { mapLimit } from './concurrency.js'
import { loadModelVersion } from './model-version.js'
import type { SourceReader } from './ports.js'

export interface ModelAt {
  /** The manifest's path at the commit. */
  readonly path: string
  /** The model's name, when it could be read (even from an invalid manifest). */
  readonly name?: string
  /** The version with its metrics files merged in; absent when the manifest is invalid. */
  readonly version?: ModelVersion
  readonly errors?: readonly InputError[]
}

/** The models at ref, in path order. */
export async function modelsAt(
  source: SourceReader,
  ref: string,
  manifests: string,
  concurrency = 8,
): Promise<ModelAt[]> {
  const isManifest = pathMatcher(manifests)
  const paths = (await source.listFiles(ref)).filter(isManifest).sort()
  return mapLimit(paths, concurrency, async (path): Promise<ModelAt> => {
    const text = await source.readFile(ref, path)
    if (text === undefined) return { path, errors: [] }
    const loaded = await loadModelVersion(text, path, (p) => source.readFile(ref, p))
    if (loaded.ok) return { path, name: loaded.version.manifest.name, version: loaded.version }
    return { path, errors: loaded.errors, ...(loaded.name ? { name: loaded.name } : {}) }
  })
}
