/**
 * Every model declared at a commit, with its metrics files read: the explicit manifests the glob finds and the
 * implicit manifests of DVC projects (findModelsAt). This is the one place `status` and `adopt` ask "which
 * models are there?".
 */
import type { InputError } from '../core/diagnostics.js'
import type { ModelVersion } from '../core/compare.js'
import { mapLimit } from './concurrency.js'
import { findModelsAt } from './implicit-manifest.js'
import { versionOf } from './model-version.js'
import type { SourceReader } from './ports.js'

export interface ModelAt {
  /** The manifest's path at the commit (`dvc.yaml:NAME` for an implicit one). */
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
  /** The version GTO registered for a model at ref: an implicit DVC manifest's version. */
  registeredVersion?: (name: string) => string | undefined,
  concurrency = 8,
): Promise<ModelAt[]> {
  const found = await findModelsAt(source, ref, {
    manifests,
    concurrency,
    ...(registeredVersion ? { registeredVersion } : {}),
  })
  return mapLimit(found, concurrency, async (m): Promise<ModelAt> => {
    const name = m.name !== undefined ? { name: m.name } : {}
    if (!m.manifest) return { path: m.path, errors: m.errors ?? [], ...name }
    const loaded = await versionOf(m.manifest, (p) => source.readFile(ref, p))
    if (loaded.ok) return { path: m.path, name: loaded.version.manifest.name, version: loaded.version }
    return { path: m.path, errors: loaded.errors, ...name }
  })
}
